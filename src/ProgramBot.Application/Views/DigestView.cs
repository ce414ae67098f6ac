using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Views;

/// <summary>One project in a digest, with its percent complete and the change since the last digest.</summary>
public sealed record DigestProjectLine(
    string Key, string Name, int PercentComplete, int? PercentChange, int Overdue, int Blocked, Rag? LatestRag);

/// <summary>
/// A scheduled status digest: scope, the period it covers (since the last one, in the
/// subscription's zone), each project's state, the top open risks and the pending approvals.
/// <see cref="OnDemand"/> marks a <c>digest now</c>: as of now, not since a previous digest.
/// </summary>
public sealed record DigestView(
    string SubscriptionId,
    string Scope,
    DateTimeOffset? Since,
    DateTimeOffset Slot,
    IReadOnlyList<DigestProjectLine> Projects,
    IReadOnlyList<RiskView> TopRisks,
    int PendingApprovals,
    TimeZoneInfo TimeZone,
    bool OnDemand = false,
    DigestAttention? Attention = null) : View;
