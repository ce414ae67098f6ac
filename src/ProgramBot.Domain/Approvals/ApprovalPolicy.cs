namespace ProgramBot.Domain.Approvals;

/// <summary>Any: the first decision settles it. All: every approver must approve; one rejection settles it.</summary>
public enum ApprovalPolicy
{
    Any = 0,
    All = 1,
}
