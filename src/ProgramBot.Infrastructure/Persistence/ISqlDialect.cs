namespace ProgramBot.Infrastructure.Persistence;

/// <summary>
/// What differs between database providers. Repositories use SQL valid in both SQLite and
/// PostgreSQL (<c>ON CONFLICT</c>, <c>RETURNING</c>, <c>LIMIT</c>); what is not portable lives here.
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
}
