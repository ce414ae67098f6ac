namespace ProgramBot.Infrastructure.Persistence;

/// <summary>
/// What differs between database providers. Repositories use SQL valid in both SQLite and
/// PostgreSQL (<c>ON CONFLICT</c>, <c>RETURNING</c>, <c>LIMIT</c>, <c>COALESCE</c>, instants and dates as
/// sortable text, flags as 0/1 integers); what is not portable lives here.
/// </summary>
public interface ISqlDialect
{
    StorageProvider Provider { get; }

    /// <summary>The folder under <c>Persistence/Migrations</c> that holds this provider's scripts.</summary>
    string MigrationFolder { get; }

    /// <summary>Creates the schema-version table when it is missing.</summary>
    string CreateSchemaVersionTableSql { get; }

    /// <summary>Returns one row (1) when the schema-version table exists, none otherwise.</summary>
    string SchemaVersionTableExistsSql { get; }

    /// <summary>
    /// Turns a repository's SQL into this provider's: the repositories write lists as Dapper's
    /// <c>IN @Ids</c>, which Dapper expands for SQLite but passes to Npgsql as one array parameter.
    /// </summary>
    string Prepare(string sql);

    /// <summary>
    /// Whole weeks (rounded toward zero, never below 0) from the date <paramref name="from"/> to the date
    /// <paramref name="to"/>, both <c>yyyy-MM-dd</c> text expressions.
    /// </summary>
    string WholeWeeksBetween(string from, string to);

    /// <summary>The largest of several values of one type (SQLite's many-argument <c>MAX</c>).</summary>
    string Greatest(params string[] values);
}
