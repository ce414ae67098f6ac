namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Notices to other conversations, kept so that a killed process loses none and tells no one twice:
/// the jobs that send them (an outbox written with the change that causes them) and one claimed
/// delivery per notice and conversation.
/// </summary>
public interface INoticeRepository
{
    /// <summary>Writes the job of a change's notices in the change's own transaction; false when it is already there.</summary>
    Task<bool> AddJobAsync(long workspaceId, string kind, string argument, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The workspace's jobs that were written and never queued (the turn's change has just committed them).</summary>
    Task<IReadOnlyList<NoticeJob>> ListUnqueuedJobsAsync(long workspaceId, CancellationToken cancellationToken);

    /// <summary>Every job not done yet, for the recovery sweep.</summary>
    Task<IReadOnlyList<NoticeJob>> ListOpenJobsAsync(CancellationToken cancellationToken);

    /// <summary>True for the one caller that queues the job this time: it was queued <paramref name="queuedBefore"/> times and is still open.</summary>
    Task<bool> MarkQueuedAsync(long id, int queuedBefore, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes back a queuing that did not reach the scheduler: the count and time it had before, if still this caller's.</summary>
    Task UnmarkQueuedAsync(long id, int queuedBefore, DateTimeOffset? queuedAtBefore, CancellationToken cancellationToken);

    /// <summary>Marks the job done, with how it ended.</summary>
    Task CompleteJobAsync(string kind, string argument, string outcome, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// True for the one caller that may send this notice to this conversation: the first, or one taking over a claim
    /// made at or before <paramref name="staleBefore"/> that never completed, while fewer than <paramref name="maxClaims"/>.
    /// </summary>
    Task<bool> ClaimDeliveryAsync(
        long workspaceId, string subject, string conversationId, DateTimeOffset now, DateTimeOffset staleBefore, int maxClaims, CancellationToken cancellationToken);

    Task CompleteDeliveryAsync(
        long workspaceId, string subject, string conversationId, bool delivered, string outcome, DateTimeOffset now, CancellationToken cancellationToken);

    Task<NoticeDelivery?> FindDeliveryAsync(long workspaceId, string subject, string conversationId, CancellationToken cancellationToken);
}

/// <summary>A job of notices: which scheduled job sends them, with what argument, and how often it was queued.</summary>
public sealed record NoticeJob(long Id, long WorkspaceId, string Kind, string Argument, DateTimeOffset CreatedAt, DateTimeOffset? QueuedAt, int Queued);

/// <summary>One notice's delivery to one conversation.</summary>
public sealed record NoticeDelivery(DateTimeOffset ClaimedAt, int Claims, DateTimeOffset? CompletedAt, bool Delivered, string? Outcome);
