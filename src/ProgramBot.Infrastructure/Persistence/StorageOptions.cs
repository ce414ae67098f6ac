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

    /// <summary>
    /// How long one attempt waits for SQLite's lock before giving up (whole seconds at least, the
    /// driver's own command timeout being in seconds). With <see cref="BusyRetries"/> it bounds how
    /// long a chat turn can wait for a locked database: (1 + retries) × timeout, plus at most one more
    /// timeout when queued behind another write, well under Teams' 15 s.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times a write, or a read that cannot open, is tried again after the busy timeout.</summary>
    public int BusyRetries { get; set; } = 2;
}
