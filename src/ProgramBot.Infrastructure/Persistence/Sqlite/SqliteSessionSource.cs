using System.Data.Common;
using ProgramBot.Infrastructure.Diagnostics;

namespace ProgramBot.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteSessionSource(
    SqliteConnectionFactory connections, SqliteWriter writer, SqliteBusyRetry retry, SqliteDialect dialect, StorageMetrics metrics) : IDbSessionSource
{
    public async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken) =>
        await retry.RunAsync("open", connections.OpenReadAsync, cancellationToken);

    public Task<T> ReadAsync<T>(Func<DbSession, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        return retry.RunAsync(
            "read", token => DbSession.ReadOnceAsync(async t => await connections.OpenReadAsync(t), dialect, metrics, read, token), cancellationToken);
    }

    public Task<T> WriteAsync<T>(
        Func<DbSession, CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken) =>
        writer.RunAsync(work, shouldCommit, cancellationToken);

    /// <summary>Every SQLite write is exclusive already: <c>BEGIN IMMEDIATE</c> holds the database's one write lock.</summary>
    public Task<T> WriteExclusiveAsync<T>(Func<DbSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        writer.RunAsync(work, _ => true, cancellationToken);
}
