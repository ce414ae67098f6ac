using Hangfire;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>
/// The one job type Hangfire stores: it names this class and two strings, and finds the
/// <see cref="IScheduledJob"/> of that kind in DI when it runs. Renaming an application job's
/// class therefore never orphans stored entries; renaming its <see cref="IScheduledJob.Kind"/> does.
/// </summary>
public sealed class ScheduledJobRunner
{
    private readonly IEnumerable<IScheduledJob> _jobs;
    private readonly ILogger<ScheduledJobRunner> _logger;

    public ScheduledJobRunner(IEnumerable<IScheduledJob> jobs, ILogger<ScheduledJobRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(logger);
        _jobs = jobs;
        _logger = logger;
    }

    /// <summary>Runs the job of <paramref name="kind"/>; Hangfire passes its own token for the cancellation.</summary>
    [JobDisplayName("{0} {1}")]
    public async Task RunAsync(string kind, string argument, CancellationToken cancellationToken)
    {
        var job = _jobs.FirstOrDefault(j => string.Equals(j.Kind, kind, StringComparison.Ordinal));
        if (job is null)
        {
            // A deploy removed or renamed a kind that stored entries still name: fail loudly so it shows as failed.
            SchedulingLog.UnknownJobKind(_logger, kind);
            throw new InvalidOperationException($"No IScheduledJob of kind '{kind}' is registered.");
        }

        SchedulingLog.JobStarting(_logger, kind, argument);
        await job.RunAsync(argument, cancellationToken).ConfigureAwait(false);
    }
}
