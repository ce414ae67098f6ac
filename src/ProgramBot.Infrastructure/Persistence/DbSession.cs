using System.Data.Common;
using Dapper;
using ProgramBot.Infrastructure.Diagnostics;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>
/// A connection and, when writing, its transaction: what every repository of one unit of work
/// shares. Every command the repositories run is made (in the provider's dialect) and counted here.
/// </summary>
internal sealed class DbSession(DbConnection connection, DbTransaction? transaction, ISqlDialect dialect, StorageMetrics metrics)
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction? Transaction { get; } = transaction;

    public ISqlDialect Dialect { get; } = dialect;

    /// <summary>
    /// One read on a connection of its own, outside any transaction: what each provider's read runs, and runs
    /// again as a whole (opening and query) when its retry says so.
    /// </summary>
    public static async Task<T> ReadOnceAsync<T>(
        Func<CancellationToken, Task<DbConnection>> open, ISqlDialect dialect, StorageMetrics metrics,
        Func<DbSession, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        return await read(new DbSession(connection, null, dialect, metrics), cancellationToken);
    }

    public CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken)
    {
        metrics.CommandRun();
        return new(Dialect.Prepare(sql), parameters, Transaction, cancellationToken: cancellationToken);
    }
}
