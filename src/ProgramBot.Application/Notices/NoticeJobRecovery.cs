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
    IDataStore store, NoticeOutbox queue, TimeProvider clock, IOptions<NoticeOptions> options, ILogger<NoticeJobRecovery> logger) : IClaimRecovery
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
                await queue.CompleteAsync(job.Kind, job.Argument, AbandonedOutcome, cancellationToken);
            }
            else
            {
                if (await queue.QueueAsync(job, cancellationToken))
                {
                    JobQueuedAgain(logger, job.Kind, job.Argument, job.Queued);
                }

                // Look again when this queuing's lease runs out: the job may meet claims that are not stale yet.
                var again = now + settings.ClaimLease;
                nextDue = nextDue is { } earlier && earlier < again ? earlier : again;
            }
        }

        return nextDue;
    }

    [LoggerMessage(1, LogLevel.Warning, "Notice job {Kind} {Argument} was not done after {Queued} queuing(s); queued again")]
    private static partial void JobQueuedAgain(ILogger logger, string kind, string argument, int queued);

    [LoggerMessage(2, LogLevel.Error, "Notice job {Kind} {Argument} given up after {Queued} queuing(s)")]
    private static partial void JobAbandoned(ILogger logger, string kind, string argument, int queued);
}
