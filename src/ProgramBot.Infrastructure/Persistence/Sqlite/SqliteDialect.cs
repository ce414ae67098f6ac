namespace ProgramBot.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteDialect : ISqlDialect
{
    public StorageProvider Provider => StorageProvider.Sqlite;

    public string MigrationFolder => "Sqlite";

    public string CreateSchemaVersionTableSql => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    public string SchemaVersionTableExistsSql => """
        SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';
        """;
}
