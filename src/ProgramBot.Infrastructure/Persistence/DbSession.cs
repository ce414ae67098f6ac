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

    public CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken)
    {
        metrics.CommandRun();
        return new(Dialect.Prepare(sql), parameters, Transaction, cancellationToken: cancellationToken);
    }
}
