using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Tests.UseCases;

/// <summary>Runs an enqueued job at once, in the caller's flow, so a use case's background work can be asserted right after it.</summary>
public sealed class InlineScheduler(IServiceProvider services) : IScheduler
{
    /// <summary>When set, enqueued jobs are lost: the process died before its background worker ran them.</summary>
    public bool DropJobs { get; set; }

    public Task EnqueueAsync(string jobKind, string argument, CancellationToken cancellationToken) =>
        DropJobs ? Task.CompletedTask : services.GetServices<IScheduledJob>().Single(j => j.Kind == jobKind).RunAsync(argument, cancellationToken);

    public Task AddOrUpdateRecurringAsync(string id, string jobKind, string argument, string cron, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task RemoveRecurringAsync(string id, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<string>> ListRecurringAsync(string idPrefix, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);
}
