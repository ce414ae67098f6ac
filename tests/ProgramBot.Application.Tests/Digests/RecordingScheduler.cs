using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Tests.Digests;

/// <summary>An <see cref="IScheduler"/> that keeps its recurring entries (id → kind and cron) and the jobs it was asked to run.</summary>
public sealed class RecordingScheduler : IScheduler
{
    private readonly Dictionary<string, (string Kind, string Cron)> _entries = [];
    private readonly List<(string Kind, string Argument)> _enqueued = [];

    public IReadOnlyList<(string Kind, string Argument)> Enqueued => _enqueued;

    public IReadOnlyDictionary<string, (string Kind, string Cron)> Entries => _entries;

    public Task AddOrUpdateRecurringAsync(string id, string jobKind, string argument, string cron, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        _entries[id] = (jobKind, cron);
        return Task.CompletedTask;
    }

    public Task RemoveRecurringAsync(string id, CancellationToken cancellationToken)
    {
        _entries.Remove(id);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListRecurringAsync(string idPrefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. _entries.Keys.Where(k => k.StartsWith(idPrefix, StringComparison.Ordinal))]);

    public Task EnqueueAsync(string jobKind, string argument, CancellationToken cancellationToken)
    {
        _enqueued.Add((jobKind, argument));
        return Task.CompletedTask;
    }
}
