using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Tests.Digests;

/// <summary>An <see cref="IScheduler"/> that keeps its recurring entries in a list (id → kind and cron), for keeper tests.</summary>
public sealed class RecordingScheduler : IScheduler
{
    private readonly Dictionary<string, (string Kind, string Cron)> _entries = [];

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

    public Task EnqueueAsync(string jobKind, string argument, CancellationToken cancellationToken) => Task.CompletedTask;
}
