namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>An approval_approvers row.</summary>
internal sealed class ApproverRow
{
    public int ApprovalNumber { get; set; }

    public long MemberId { get; set; }

    public int Position { get; set; }

    public int? Decision { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
