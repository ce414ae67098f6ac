using System.Data;
using System.Data.Common;
using Dapper;
using Npgsql;
using ProgramBot.Infrastructure.Diagnostics;

namespace ProgramBot.Infrastructure.Persistence.Postgres;

/// <summary>
/// Sessions on pooled connections from the <see cref="NpgsqlDataSource"/>. Every write is one
/// <c>SERIALIZABLE</c> transaction: the database guarantees, across every instance that shares it, what
/// SQLite's single writer guaranteed within one process — the outcome is that of some one-at-a-time order
/// — and a transaction that would break that is aborted and run again by <see cref="PostgresRetry"/>.
/// </summary>
internal sealed class PostgresSessionSource(NpgsqlDataSource dataSource, PostgresDialect dialect, PostgresRetry retry, StorageMetrics metrics)
    : IDbSessionSource
{
    /// <summary>The advisory lock every exclusive write takes ("ProgBot" in ASCII): one key for the whole schema.</summary>
    private const long ExclusiveLockKey = 0x50726F67426F74;

    public async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken) =>
        await retry.RunAsync("open", async token => await dataSource.OpenConnectionAsync(token), cancellationToken);

    public Task<T> ReadAsync<T>(Func<DbSession, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        return retry.RunAsync(
            "read", token => DbSession.ReadOnceAsync(async t => await dataSource.OpenConnectionAsync(t), dialect, metrics, read, token), cancellationToken);
    }

    public Task<T> WriteAsync<T>(
        Func<DbSession, CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(shouldCommit);
        return retry.RunAsync("write", token => RunOnceAsync(IsolationLevel.Serializable, exclusive: false, work, shouldCommit, token), cancellationToken);
    }

    /// <summary>
    /// <c>READ COMMITTED</c> under a transaction-scoped advisory lock: the lock waits for another instance's
    /// exclusive write to finish, and the statements after it (each with a fresh snapshot) see its schema.
    /// Under <c>SERIALIZABLE</c> the snapshot would be taken before the wait and miss it.
    /// </summary>
    public Task<T> WriteExclusiveAsync<T>(Func<DbSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return retry.RunAsync("exclusive write", token => RunOnceAsync(IsolationLevel.ReadCommitted, exclusive: true, work, _ => true, token), cancellationToken);
    }

    private async Task<T> RunOnceAsync<T>(
        IsolationLevel isolation, bool exclusive, Func<DbSession, CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(isolation, cancellationToken);
        if (exclusive)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(@Key);", new { Key = ExclusiveLockKey }, transaction, cancellationToken: cancellationToken));
        }

        var result = await work(new DbSession(connection, transaction, dialect, metrics), cancellationToken);
        return await DbTransactions.EndAsync(transaction, result, shouldCommit, cancellationToken);
    }
}
