namespace ProgramBot.Infrastructure.Persistence;

/// <summary>The table of applied migrations, the same in every provider.</summary>
internal static class SchemaVersionTable
{
    public const string CreateSql = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;
}
