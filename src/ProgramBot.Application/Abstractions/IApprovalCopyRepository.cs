using ProgramBot.Application.Approvals;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Abstractions;

/// <summary>
/// What every posted copy of an approval card shows, so that a copy a turn could not update is updated
/// later; and the requester's notice, claimed so it is posted once, with a lease so a crash does not lose it.
/// </summary>
public interface IApprovalCopyRepository
{
    /// <summary>Every live copy of the approval should now show <paramref name="version"/>: in the decision's transaction.</summary>
    Task MarkOutdatedAsync(long workspaceId, ApprovalId id, int version, CancellationToken cancellationToken);

    /// <summary>The copy was updated to <paramref name="version"/> (never lowers what it is recorded to show).</summary>
    Task RecordShownAsync(long workspaceId, ApprovalId id, PostedMessage message, int version, CancellationToken cancellationToken);

    /// <summary>The bot can no longer reach the copy (it left the conversation, the message is gone): never tried again.</summary>
    Task GiveUpAsync(long workspaceId, ApprovalId id, PostedMessage message, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Copies behind their approval and not given up, oldest approval first; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OutdatedApprovalCopy>> ListOutdatedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Queues the requester's notice of a settled approval: in the decision's transaction, once per approval.</summary>
    Task AddNoticeAsync(long workspaceId, ApprovalId id, RequesterNotice notice, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the notice at <paramref name="now"/>: true for one caller while it is open and unclaimed (or given
    /// back), or claimed at or before <paramref name="staleBefore"/> fewer than <paramref name="maxClaims"/> times.
    /// </summary>
    Task<bool> ClaimNoticeAsync(long workspaceId, ApprovalId id, DateTimeOffset now, DateTimeOffset staleBefore, int maxClaims, CancellationToken cancellationToken);

    /// <summary>Completes the claim made at <paramref name="claimedAt"/> with its outcome; false when it is not that claim's any more.</summary>
    Task<bool> CompleteNoticeAsync(long workspaceId, ApprovalId id, DateTimeOffset claimedAt, string outcome, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives the claim made at <paramref name="claimedAt"/> back unsent, so the background job may claim it at once.</summary>
    Task ReleaseNoticeAsync(long workspaceId, ApprovalId id, DateTimeOffset claimedAt, CancellationToken cancellationToken);

    /// <summary>Closes an open notice claimed <paramref name="maxClaims"/> times whose last claim is stale, with <paramref name="outcome"/>.</summary>
    Task<bool> AbandonNoticeAsync(
        long workspaceId, ApprovalId id, DateTimeOffset staleBefore, int maxClaims, string outcome, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Open notices no live claim holds (never claimed, given back, or claimed at or before <paramref name="staleBefore"/>).</summary>
    Task<IReadOnlyList<OpenApprovalNotice>> ListDueNoticesAsync(DateTimeOffset staleBefore, int limit, CancellationToken cancellationToken);
}
