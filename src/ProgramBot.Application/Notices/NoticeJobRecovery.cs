using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Notices;

/// <summary>
/// Queues again the notice jobs a stopped process left undone: one written with its change and never queued (the
/// process died after the commit, or the scheduler was down), or queued and not done within the lease (the process
/// died while sending). The job skips every conversation already told and takes over the dead run's claims. A job
/// queued <see cref="NoticeOptions.MaxQueued"/> times is given up, logged and closed.
/// </summary>
public sealed partial class NoticeJobRecovery(
    IDataStore store, NoticeOutbox outbox, TimeProvider clock, IOptions<NoticeOptions> options, ILogger<NoticeJobRecovery> logger) : IClaimRecovery
{
    public const string AbandonedOutcome = "Abandoned: queued too often without finishing";

    public async Task<DateTimeOffset?> RecoverAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var open = await store.ReadAsync((uow, ct) => uow.Notices.ListOpenJobsAsync(ct), cancellationToken);
        DateTimeOffset? nextDue = null;
        foreach (var job in open)
        {
            var due = job.QueuedAt is { } queuedAt ? queuedAt + settings.ClaimLease : job.CreatedAt + settings.QueueGrace;
            if (due > now)
            {
                nextDue = nextDue is { } earlier && earlier < due ? earlier : due;
            }
            else if (job.Queued >= settings.MaxQueued)
            {
                JobAbandoned(logger, job.Kind, job.Argument, job.Queued);
                await outbox.CompleteAsync(job.Kind, job.Argument, AbandonedOutcome, cancellationToken);
            }
            else
            {
                // Look again when this queuing's lease runs out (the job may meet claims not stale yet), or soon when it failed.
                var again = await TryQueueAsync(job, cancellationToken) ? now + settings.ClaimLease : now + settings.QueueGrace;
                nextDue = nextDue is { } earlier && earlier < again ? earlier : again;
            }
        }

        return nextDue;
    }

    private async Task<bool> TryQueueAsync(NoticeJob job, CancellationToken cancellationToken)
    {
        try
        {
            if (await outbox.QueueAsync(job, cancellationToken))
            {
                JobQueuedAgain(logger, job.Kind, job.Argument, job.Queued);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One job the scheduler would not take must not hold up the others.
            JobNotQueued(logger, exception, job.Kind, job.Argument);
            return false;
        }
    }

    [LoggerMessage(3, LogLevel.Warning, "Notice job {Kind} {Argument} could not be queued; trying again soon")]
    private static partial void JobNotQueued(ILogger logger, Exception exception, string kind, string argument);

    [LoggerMessage(1, LogLevel.Warning, "Notice job {Kind} {Argument} was not done after {Queued} queuing(s); queued again")]
    private static partial void JobQueuedAgain(ILogger logger, string kind, string argument, int queued);

    [LoggerMessage(2, LogLevel.Error, "Notice job {Kind} {Argument} given up after {Queued} queuing(s)")]
    private static partial void JobAbandoned(ILogger logger, string kind, string argument, int queued);
}
