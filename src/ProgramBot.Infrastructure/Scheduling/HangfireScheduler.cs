using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>
/// <see cref="IScheduler"/> over Hangfire's injected client and recurring-job manager. Every
/// entry runs <see cref="ScheduledJobRunner"/> with a kind and an argument.
/// </summary>
internal sealed class HangfireScheduler : IScheduler
{
    private readonly IRecurringJobManager _recurringJobs;
    private readonly IBackgroundJobClient _backgroundJobs;
    private readonly JobStorage _storage;

    public HangfireScheduler(IRecurringJobManager recurringJobs, IBackgroundJobClient backgroundJobs, JobStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
        ArgumentNullException.ThrowIfNull(recurringJobs);
        ArgumentNullException.ThrowIfNull(backgroundJobs);
        _recurringJobs = recurringJobs;
        _backgroundJobs = backgroundJobs;
    }

    public Task AddOrUpdateRecurringAsync(string id, string jobKind, string argument, string cron, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        ArgumentNullException.ThrowIfNull(zone);
        cancellationToken.ThrowIfCancellationRequested();
        // Hangfire's storage calls are synchronous; the port is async so another implementation need not be.
        _recurringJobs.AddOrUpdate(id, RunnerJob(jobKind, argument), cron, new RecurringJobOptions { TimeZone = zone });
        return Task.CompletedTask;
    }

    public Task RemoveRecurringAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        cancellationToken.ThrowIfCancellationRequested();
        _recurringJobs.RemoveIfExists(id);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListRecurringAsync(string idPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idPrefix);
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _storage.GetConnection();
        IReadOnlyList<string> ids = [.. connection.GetRecurringJobs().Select(j => j.Id).Where(id => id.StartsWith(idPrefix, StringComparison.Ordinal))];
        return Task.FromResult(ids);
    }

    public Task EnqueueAsync(string jobKind, string argument, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _backgroundJobs.Create(RunnerJob(jobKind, argument), new Hangfire.States.EnqueuedState());
        return Task.CompletedTask;
    }

    // Hangfire replaces the CancellationToken argument with its own when the job runs.
    private static Job RunnerJob(string jobKind, string argument)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobKind);
        ArgumentNullException.ThrowIfNull(argument);
        return Job.FromExpression<ScheduledJobRunner>(runner => runner.RunAsync(jobKind, argument, CancellationToken.None));
    }
}
