using System.Diagnostics;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Diagnostics;

namespace ProgramBot.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The one in-process writer. SQLite allows one writer at a time, and Microsoft.Data.Sqlite
/// answers a locked database by sleeping 150 ms; queueing writers here instead keeps p99 low. A lock
/// held by another process past the busy timeout is met by <see cref="SqliteBusyRetry"/>.
/// </summary>
internal sealed class SqliteWriter(SqliteConnectionFactory connections, SqliteBusyRetry retry, SqliteDialect dialect, StorageMetrics metrics) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Runs work inside <c>BEGIN IMMEDIATE</c>; commits when <paramref name="shouldCommit"/> says so
    /// and rolls back otherwise. An exception rolls back (the transaction is disposed) and propagates; a
    /// busy or locked database runs the work again from the start, a bounded number of times.
    /// </summary>
    public async Task<T> RunAsync<T>(
        Func<DbSession, CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(shouldCommit);
        // Behind a writer that is waiting out someone else's lock, a queue forms: wait no longer than
        // one writer's whole budget, and count the wait against the retries, so that no turn waits for
        // the lock once for every turn ahead of it.
        var queued = Stopwatch.GetTimestamp();
        if (!await _gate.WaitAsync(retry.Budget, cancellationToken))
        {
            throw new StorageUnavailableException($"The database stayed busy: gave up waiting for the writer after {retry.Budget}.");
        }

        try
        {
            return await retry.RunAsync("write", token => RunOnceAsync(work, shouldCommit, token), Stopwatch.GetElapsedTime(queued), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<T> RunOnceAsync<T>(
        Func<DbSession, CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenWriteAsync(cancellationToken);
        // deferred: false is BEGIN IMMEDIATE: take the write lock now, not halfway through the work.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var result = await work(new DbSession(connection, transaction, dialect, metrics), cancellationToken);
        return await DbTransactions.EndAsync(transaction, result, shouldCommit, cancellationToken);
    }
}
