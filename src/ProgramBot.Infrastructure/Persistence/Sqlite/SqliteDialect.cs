namespace ProgramBot.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteDialect : ISqlDialect
{
    public StorageProvider Provider => StorageProvider.Sqlite;

    public string MigrationFolder => "Sqlite";

    public string CreateSchemaVersionTableSql => SchemaVersionTable.CreateSql;

    public string SchemaVersionTableExistsSql => """
        SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';
        """;

    public string Prepare(string sql) => sql;

    public string Greatest(params string[] values) => $"MAX({string.Join(", ", values)})";

    public string WholeWeeksBetween(string from, string to) =>
        $"MAX(0, CAST((julianday({to}) - julianday({from})) / 7 AS INTEGER))";
}
