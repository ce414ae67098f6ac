using Microsoft.Bot.Builder;

namespace ProgramBot.Dialogs.Tests.TestSupport;

/// <summary>Wraps a storage and makes the next writes fail with a conflict, as if another turn saved first.</summary>
internal sealed class ConflictingStorage(IStorage inner) : IStorage
{
    public int ConflictsToThrow { get; set; }

    public int Writes { get; private set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Writes++;
        if (ConflictsToThrow > 0)
        {
            ConflictsToThrow--;
            throw new TestStateConflictException(changes.Keys.First());
        }

        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(keys, cancellationToken);
}
