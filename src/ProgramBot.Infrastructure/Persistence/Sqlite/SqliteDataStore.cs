using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Common;
using ProgramBot.Infrastructure.Diagnostics;

namespace ProgramBot.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Reads run concurrently on pooled read connections, each in one snapshot; writes queue for the
/// single writer and commit only when the work returns a success.
/// </summary>
internal sealed class SqliteDataStore(
    SqliteConnectionFactory connections, SqliteWriter writer, SqliteBusyRetry retry, SqliteDialect dialect, StorageMetrics metrics, ILogger<SqliteDataStore> logger)
    : IDataStore
{
    public Task<T> ReadAsync<T>(Func<IUnitOfWork, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return retry.RunAsync("read", token => ReadOnceAsync(work, token), cancellationToken);
    }

    public Task<Result<T>> WriteAsync<T>(
        Func<IUnitOfWork, CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return writer.RunAsync(
            (session, token) => work(new UnitOfWork(session), token), DbTransactions.CommitOnSuccess<T>(logger), cancellationToken);
    }

    private async Task<T> ReadOnceAsync<T>(Func<IUnitOfWork, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadAsync(cancellationToken);

        // A deferred transaction gives every query of the work the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var result = await work(new UnitOfWork(new DbSession(connection, transaction, dialect, metrics)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
