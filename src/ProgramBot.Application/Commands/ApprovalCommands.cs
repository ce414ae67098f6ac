using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands;

/// <summary>
/// <c>approval request &lt;kind&gt; &lt;summary&gt; [#PROJECT] approvers:@a,@b [policy:any|all] [due:&lt;date&gt;]</c>.
/// </summary>
public sealed record ApprovalRequestCommand(
    ApprovalKind Kind, string Subject, EntityKey? Project, IReadOnlyList<MemberRef> Approvers, ApprovalPolicy Policy, DateOnly? Due) : Command
{
    public bool Equals(ApprovalRequestCommand? other) =>
        other is not null && Kind == other.Kind && Subject == other.Subject && Project == other.Project
        && Approvers.SequenceEqual(other.Approvers) && Policy == other.Policy && Due == other.Due;

    public override int GetHashCode() => HashCode.Combine(Kind, Subject, Project, Approvers.Count, Policy, Due);
}

/// <summary><c>approval new</c>: the guided form.</summary>
public sealed record ApprovalNewCommand : Command;

/// <summary><c>approvals [pending|mine]</c>: what waits for my decision, or what I asked for.</summary>
public sealed record ApprovalsListCommand(bool Mine) : Command;

/// <summary><c>approval show A-3</c></summary>
public sealed record ApprovalShowCommand(ApprovalId Id) : Command;
