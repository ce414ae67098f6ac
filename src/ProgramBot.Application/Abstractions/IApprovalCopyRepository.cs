using ProgramBot.Application.Approvals;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Abstractions;

/// <summary>
/// What every posted copy of an approval card shows, so that a copy a turn could not update is updated
/// later; each update claimed so two never run on one copy at once, and a failing copy's failures and next try;
/// and the requester's notice, claimed so it is posted once, with a lease so a crash does not lose it.
/// </summary>
public interface IApprovalCopyRepository
{
    /// <summary>Every live copy of the approval should now show <paramref name="version"/>: in the decision's transaction.</summary>
    Task MarkOutdatedAsync(long workspaceId, ApprovalId id, int version, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the copy's update to <paramref name="version"/> until <paramref name="until"/>: the copy's failed updates so far, or
    /// null when it is given up, already shows that version, should show a newer one, or another live claim holds it. With
    /// <paramref name="dueOnly"/> (the background job) a copy waiting after a failure is not claimed before its next try.
    /// </summary>
    Task<int?> ClaimUpdateAsync(
        long workspaceId, ApprovalId id, PostedMessage message, int version, DateTimeOffset now, DateTimeOffset until, bool dueOnly, CancellationToken cancellationToken);

    /// <summary>
    /// The update claimed until <paramref name="claimedUntil"/> went through: the copy shows <paramref name="version"/> (never lowers
    /// what it is recorded to show), its failures are forgotten and the claim ends. Nothing when the claim is not that one any more.
    /// True when the copy is still behind: a decision committed while it was being updated.
    /// </summary>
    Task<bool> RecordShownAsync(long workspaceId, ApprovalId id, PostedMessage message, int version, DateTimeOffset claimedUntil, CancellationToken cancellationToken);

    /// <summary>The update claimed until <paramref name="claimedUntil"/> failed: <paramref name="failures"/> in a row now, tried again at <paramref name="nextTry"/>.</summary>
    Task DeferUpdateAsync(
        long workspaceId, ApprovalId id, PostedMessage message, DateTimeOffset claimedUntil, int failures, DateTimeOffset nextTry, CancellationToken cancellationToken);

    /// <summary>The bot can no longer reach the copy, or its updates failed too often: never tried again.</summary>
    Task GiveUpAsync(long workspaceId, ApprovalId id, PostedMessage message, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Copies behind their approval, not given up, unclaimed and due at <paramref name="now"/>: those never tried first, then by
    /// next try; at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<OutdatedApprovalCopy>> ListOutdatedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>The first time after <paramref name="now"/> that a copy behind becomes due (its claim runs out, or its next try comes), if any.</summary>
    Task<DateTimeOffset?> NextDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

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
