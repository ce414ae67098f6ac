using System.Data;
using Microsoft.Extensions.Logging;
using Npgsql;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Common;
using ProgramBot.Infrastructure.Diagnostics;

namespace ProgramBot.Infrastructure.Persistence.Postgres;

/// <summary>
/// Reads run in one <c>REPEATABLE READ</c>, read-only snapshot each; writes are serializable transactions
/// (see <see cref="PostgresSessionSource"/>) that commit only when the work returns a success.
/// </summary>
internal sealed class PostgresDataStore(
    NpgsqlDataSource dataSource, PostgresSessionSource sessions, PostgresDialect dialect, PostgresRetry retry, StorageMetrics metrics,
    ILogger<PostgresDataStore> logger)
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
        return sessions.WriteAsync(
            (session, token) => work(new UnitOfWork(session), token), DbTransactions.CommitOnSuccess<T>(logger), cancellationToken);
    }

    private async Task<T> ReadOnceAsync<T>(Func<IUnitOfWork, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY;", connection, transaction))
        {
            await readOnly.ExecuteNonQueryAsync(cancellationToken);
        }

        var result = await work(new UnitOfWork(new DbSession(connection, transaction, dialect, metrics)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
