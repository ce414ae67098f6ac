namespace ProgramBot.Application.Views;

/// <summary>One pending approval and how long it has waited.</summary>
public sealed record WaitingApproval(string Id, string Subject, int DaysWaiting);

/// <summary>
/// What needs attention in a digest's scope: the first overdue and blocked tasks (with their
/// totals), the risks logged since the last digest, the approvals that have waited longest, and the
/// progress reports since the last digest (the last week for a first one); milestones due in the
/// next two weeks and those missed; risks escalated since the last digest; and the people with open
/// tasks in scope who have not reported in the period.
/// </summary>
public sealed record DigestAttention(
    IReadOnlyList<TaskView> Overdue,
    int OverdueTotal,
    IReadOnlyList<TaskView> Blocked,
    int BlockedTotal,
    IReadOnlyList<RiskView> NewRisks,
    IReadOnlyList<WaitingApproval> OldestApprovals,
    IReadOnlyList<DigestReportLine>? Reports = null,
    DigestList<TaskView>? UpcomingMilestones = null,
    DigestList<TaskView>? MissedMilestones = null,
    IReadOnlyList<RiskView>? EscalatedRisks = null,
    DigestList<string>? NotReported = null);
