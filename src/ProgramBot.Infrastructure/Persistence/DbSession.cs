using System.Data.Common;
using Dapper;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>A connection and, when writing, its transaction: what every repository of one unit of work shares.</summary>
internal sealed class DbSession(DbConnection connection, DbTransaction? transaction)
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction? Transaction { get; } = transaction;

    public CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, Transaction, cancellationToken: cancellationToken);
}
