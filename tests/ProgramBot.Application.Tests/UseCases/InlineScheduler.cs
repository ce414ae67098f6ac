using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Tests.UseCases;

/// <summary>Runs an enqueued job at once, in the caller's flow, so a use case's background work can be asserted right after it.</summary>
public sealed class InlineScheduler(IServiceProvider services) : IScheduler
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<Exception> _failures = new();

    /// <summary>When set, enqueued jobs are lost: the process died before its background worker ran them.</summary>
    public bool DropJobs { get; set; }

    /// <summary>When set, enqueuing fails, as when the scheduler's storage is unreachable.</summary>
    public bool Down { get; set; }

    /// <summary>What the jobs run here threw: like Hangfire, a job's failure is its own, not the enqueuer's.</summary>
    public IReadOnlyList<Exception> Failures => [.. _failures];

    public async Task EnqueueAsync(string jobKind, string argument, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new InvalidOperationException("the scheduler's storage is down");
        }

        if (DropJobs)
        {
            return;
        }

        try
        {
            await services.GetServices<IScheduledJob>().Single(j => j.Kind == jobKind).RunAsync(argument, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _failures.Enqueue(exception);
        }
    }

    public Task AddOrUpdateRecurringAsync(string id, string jobKind, string argument, string cron, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task RemoveRecurringAsync(string id, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<string>> ListRecurringAsync(string idPrefix, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);
}
