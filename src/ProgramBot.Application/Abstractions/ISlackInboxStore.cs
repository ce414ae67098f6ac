namespace ProgramBot.Application.Abstractions;

/// <summary>
/// The durable inbox of Slack requests (table <c>slack_inbox</c>): a verified request is added before
/// Slack is acknowledged, workers claim it with a lease, and it is completed once worked or given up.
/// A claim whose worker died is taken over by any worker, of any instance, once its lease has run out.
/// </summary>
public interface ISlackInboxStore
{
    /// <summary>
    /// Stores the request unless one with the same team and key is stored already (Slack's retry of an
    /// event, <see cref="InboxAddOutcome.Duplicate"/>) or <paramref name="capacity"/> requests are pending
    /// (<see cref="InboxAddOutcome.Full"/>). The cap is checked just before the insert, so under a burst
    /// it may be passed by the few requests that arrive at once.
    /// </summary>
    Task<InboxAddOutcome> AddAsync(InboxRequest request, int capacity, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the pending request that has been available longest — new, or its lease run out, or its
    /// retry due — until <paramref name="leaseUntil"/>, and counts the attempt; null when none is available.
    /// No two callers get the same request while its lease lasts.
    /// </summary>
    Task<ClaimedInboxRequest?> ClaimNextAsync(DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the request done with how it ended, if <paramref name="claimed"/> still holds it; false, and nothing
    /// changed, when the request is done already or another worker took it over after this claim's lease ran out.
    /// </summary>
    Task<bool> CompleteAsync(ClaimedInboxRequest claimed, string outcome, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives a claim back after a failed run, to be tried again from <paramref name="availableAt"/>; nothing when the claim is no longer the caller's.</summary>
    Task ReleaseAsync(ClaimedInboxRequest claimed, DateTimeOffset availableAt, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a claim back unfinished because its worker's host is stopping: available from <paramref name="now"/>,
    /// and the attempt it counted no longer counts (it still counts as a run); nothing when the claim is no longer the caller's.
    /// </summary>
    Task GiveBackAsync(ClaimedInboxRequest claimed, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Requests not done yet: waiting, claimed, or set aside for another try.</summary>
    Task<int> CountPendingAsync(CancellationToken cancellationToken);

    /// <summary>When the next pending request becomes available (now or earlier for one waiting), or null when none is pending.</summary>
    Task<DateTimeOffset?> NextAvailableAsync(CancellationToken cancellationToken);

    /// <summary>Deletes requests completed before <paramref name="completedBefore"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken);
}
