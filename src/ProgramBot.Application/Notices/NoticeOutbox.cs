using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Notices;

/// <summary>
/// Hands the notice jobs a turn's change has just written to the background scheduler, so the turn never waits on
/// other conversations' sends and the user's reply comes at once. Each job is marked queued before it is handed
/// over, so two callers never queue it twice; a job that cannot be queued stays in the outbox, with a warning, and
/// the recovery sweep (<see cref="NoticeJobRecovery"/>) queues it later.
/// </summary>
public sealed partial class NoticeOutbox(IDataStore store, IScheduler scheduler, TimeProvider clock, ILogger<NoticeOutbox> logger)
{
    /// <summary>Queues every job of the workspace written and never queued; call after the change's commit.</summary>
    public async Task QueuePendingAsync(long workspaceId, CancellationToken cancellationToken)
    {
        try
        {
            var pending = await store.ReadAsync((uow, ct) => uow.Notices.ListUnqueuedJobsAsync(workspaceId, ct), cancellationToken);
            foreach (var job in pending)
            {
                await QueueAsync(job, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The change is committed and its jobs stay in the outbox, unqueued: the sweep queues them after the grace.
            NotQueued(logger, exception, workspaceId);
        }
    }

    /// <summary>Marks <paramref name="job"/> queued once more and hands it to the scheduler; false when another caller did.</summary>
    public async Task<bool> QueueAsync(NoticeJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var marked = await store.WriteAsync<bool>(
            async (uow, ct) => await uow.Notices.MarkQueuedAsync(job.Id, job.Queued, clock.GetUtcNow(), ct), cancellationToken);
        if (!marked.Value)
        {
            return false;
        }

        try
        {
            await scheduler.EnqueueAsync(job.Kind, job.Argument, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The scheduler never got it: give the queuing back, so it neither waits out a lease nor counts toward giving up.
            await store.WriteAsync<Unit>(
                async (uow, ct) =>
                {
                    await uow.Notices.UnmarkQueuedAsync(job.Id, job.Queued, job.QueuedAt, ct);
                    return Unit.Value;
                },
                CancellationToken.None);
            throw;
        }
    }

    /// <summary>Marks the job of <paramref name="kind"/> and <paramref name="argument"/> done, with how it ended.</summary>
    public async Task CompleteAsync(string kind, string argument, string outcome, CancellationToken cancellationToken) =>
        await store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                await uow.Notices.CompleteJobAsync(kind, argument, outcome, clock.GetUtcNow(), ct);
                return Unit.Value;
            },
            cancellationToken);

    [LoggerMessage(1, LogLevel.Warning, "Notices of a change in workspace {WorkspaceId} are recorded but could not be queued; the sweep will")]
    private static partial void NotQueued(ILogger logger, Exception exception, long workspaceId);
}
