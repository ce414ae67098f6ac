using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Slips recorded once per change, and where to tell about them (the notices themselves are
/// claimed per conversation in <see cref="INoticeRepository"/>).
/// </summary>
public interface ISlipRepository
{
    Task<long> RecordAsync(long workspaceId, RecentSlip summary, bool crossProject, string report, DateTimeOffset now, CancellationToken cancellationToken);

    Task<string?> FindReportAsync(long workspaceId, long changeId, CancellationToken cancellationToken);

    /// <summary>
    /// Where to tell: the channels bound to the projects, and the personal conversations of the
    /// members (where the bot has one), in one query.
    /// </summary>
    Task<IReadOnlyList<SlipAudience>> ListAudienceAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken);

    /// <summary>The summaries of the newest recorded slips that crossed projects, newest first.</summary>
    Task<IReadOnlyList<RecentSlip>> ListRecentCrossProjectAsync(long workspaceId, DateTimeOffset since, int limit, CancellationToken cancellationToken);
}

/// <summary>A recorded slip in one line, and the projects whose tasks or ends it moved.</summary>
public sealed record RecentSlip(string Summary, IReadOnlyList<long> ProjectIds);

/// <summary>A conversation to tell, and for which project (a bound channel) or member (a personal chat).</summary>
public sealed record SlipAudience(ConversationAddress Address, long? ProjectId, long? MemberId);
