namespace ProgramBot.Infrastructure.Persistence;

/// <summary>The database behind ProgramBot. PostgreSQL is planned; only SQLite is implemented.</summary>
public enum StorageProvider
{
    Sqlite = 0,
}
