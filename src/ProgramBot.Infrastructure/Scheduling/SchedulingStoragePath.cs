using Microsoft.Data.Sqlite;
using ProgramBot.Infrastructure.Persistence;

namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>Where Hangfire's SQLite file lives: as configured, or beside the application database.</summary>
internal static class SchedulingStoragePath
{
    /// <summary>The absolute path of Hangfire's database file.</summary>
    public static string Resolve(SchedulingOptions scheduling, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(scheduling);
        ArgumentNullException.ThrowIfNull(storage);
        if (scheduling.StorageConnectionString is { Length: > 0 } configured)
        {
            return Path.GetFullPath(DataSourceOf(configured));
        }

        var database = new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource;
        if (database is ":memory:" or "")
        {
            throw new InvalidOperationException(
                "The application database is in memory, so Hangfire has no folder to share: set Scheduling:StorageConnectionString.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(database)) ?? Path.GetFullPath(".");
        return Path.Combine(folder, SchedulingOptions.DefaultFileName);
    }

    /// <summary>Accepts a bare path or a <c>Data Source=…</c> connection string (Hangfire.Storage.SQLite wants a path).</summary>
    public static string DataSourceOf(string configured) =>
        configured.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(configured).DataSource
            : configured.Trim();
}
