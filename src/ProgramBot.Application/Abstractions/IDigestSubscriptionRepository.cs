using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Abstractions;

public interface IDigestSubscriptionRepository
{
    Task<int> TakeNextNumberAsync(long workspaceId, CancellationToken cancellationToken);

    Task AddAsync(DigestSubscription subscription, CancellationToken cancellationToken);

    /// <summary>
    /// Every workspace's subscriptions: only the schedule keeper reads across workspaces, to keep the
    /// scheduler's entries in step with this table.
    /// </summary>
    Task<IReadOnlyList<DigestSubscription>> ListAllAsync(CancellationToken cancellationToken);

    Task<DigestSubscription?> FindAsync(long workspaceId, int number, CancellationToken cancellationToken);

    /// <summary>The workspace's subscriptions, or only one conversation's when given.</summary>
    Task<IReadOnlyList<DigestSubscription>> ListAsync(long workspaceId, string? conversationId, CancellationToken cancellationToken);

    /// <summary>False when there was no such subscription.</summary>
    Task<bool> RemoveAsync(long workspaceId, int number, CancellationToken cancellationToken);

    /// <summary>
    /// Claims one slot (subscription + scheduled time) for sending. True for exactly one caller,
    /// however many retries, job servers or instances try the same slot — and once more for a claim
    /// that was never completed (its process died while sending), made at or before
    /// <paramref name="staleBefore"/> and claimed fewer than <paramref name="maxClaims"/> times.
    /// </summary>
    Task<bool> ClaimSlotAsync(
        long workspaceId, int number, DateTimeOffset slot, DateTimeOffset now, DateTimeOffset staleBefore, int maxClaims, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the slot's attempt finished, and with it every stale open claim of the subscription
    /// (made at or before <paramref name="staleBefore"/>): this digest supersedes them.
    /// </summary>
    Task CompleteSlotAsync(long workspaceId, int number, DateTimeOffset slot, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the lease of this run's open claim (made at <paramref name="claimedAt"/>) whose digest was never
    /// sent, so the job's retry may take it over at once instead of after the lease. The claim stays, with
    /// its count: takeovers stay capped, and a slot that keeps failing is still found by the recovery sweep.
    /// Another run's newer claim is left alone.
    /// </summary>
    Task ReleaseClaimAsync(long workspaceId, int number, DateTimeOffset slot, DateTimeOffset claimedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Renews this run's open claim (made at <paramref name="claimedAt"/>) to <paramref name="now"/>, so a run that sends
    /// many copies keeps its slot while it works; false when another run has taken the slot over or it is completed.
    /// </summary>
    Task<bool> RenewClaimAsync(long workspaceId, int number, DateTimeOffset slot, DateTimeOffset claimedAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Every workspace's claimed slots whose attempt has not finished; only the recovery sweep reads across workspaces.</summary>
    Task<IReadOnlyList<OpenDigestSlot>> ListOpenSlotsAsync(CancellationToken cancellationToken);

    /// <summary>Records one delivery attempt of a slot and its outcome (sent, retried, refused …).</summary>
    Task RecordAttemptAsync(long workspaceId, int number, DateTimeOffset slot, string outcome, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Remembers what a delivered digest showed, for the next one's "what changed".</summary>
    Task RecordDeliveredAsync(long workspaceId, int number, DateTimeOffset slot, string snapshot, CancellationToken cancellationToken);

    /// <summary>Marks the subscription failing (null clears it).</summary>
    Task SetFailingAsync(long workspaceId, int number, string? reason, CancellationToken cancellationToken);
}
