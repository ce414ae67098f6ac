namespace ProgramBot.Infrastructure.Persistence;

/// <summary>
/// Where and how ProgramBot stores its data. The connection string comes from
/// <c>ConnectionStrings:ProgramBot</c>; the rest from the <c>Storage</c> section.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string ConnectionStringName = "ProgramBot";

    public const string DefaultConnectionString = "Data Source=data/programbot.db";

    public string ConnectionString { get; set; } = DefaultConnectionString;

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>How long SQLite waits for a lock before giving up.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
