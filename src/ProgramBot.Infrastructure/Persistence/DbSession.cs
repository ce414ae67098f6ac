using System.Data.Common;
using Dapper;
using ProgramBot.Infrastructure.Diagnostics;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>
/// A connection and, when writing, its transaction: what every repository of one unit of work
/// shares. Every command the repositories run is made (and counted) here.
/// </summary>
internal sealed class DbSession(DbConnection connection, DbTransaction? transaction, StorageMetrics metrics)
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction? Transaction { get; } = transaction;

    public CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken)
    {
        metrics.CommandRun();
        return new(sql, parameters, Transaction, cancellationToken: cancellationToken);
    }
}
