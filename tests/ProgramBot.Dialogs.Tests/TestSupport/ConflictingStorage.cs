using Microsoft.Bot.Builder;

namespace ProgramBot.Dialogs.Tests.TestSupport;

/// <summary>
/// Wraps a storage and makes the next writes fail with a conflict, as if another turn saved first.
/// <see cref="OnWrite"/> runs before every write, so tests can see what was already delivered.
/// </summary>
internal sealed class ConflictingStorage(IStorage inner) : IStorage
{
    public int ConflictsToThrow { get; set; }

    public Func<string, Exception> Conflict { get; set; } = key => new TestStateConflictException(key);

    public Action? OnWrite { get; set; }

    public int Writes { get; private set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Writes++;
        OnWrite?.Invoke();
        if (ConflictsToThrow > 0)
        {
            ConflictsToThrow--;
            throw Conflict(changes.Keys.First());
        }

        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(keys, cancellationToken);
}
