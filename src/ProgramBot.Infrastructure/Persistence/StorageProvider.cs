namespace ProgramBot.Infrastructure.Persistence;

/// <summary>The database behind ProgramBot: embedded SQLite for one instance, PostgreSQL for several.</summary>
public enum StorageProvider
{
    Sqlite = 0,
    Postgres = 1,
}
