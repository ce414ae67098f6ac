namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>The <c>Scheduling</c> section: Hangfire's storage, polling and workers.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>The Hangfire database's file name, beside the application database.</summary>
    public const string DefaultFileName = "programbot-hangfire.db";

    /// <summary>False registers a scheduler that refuses and runs no Hangfire server.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the server looks for due and queued jobs. Hangfire's SQLite storage polls every
    /// 15 s by default; at 1 s a due job starts under 2 s late.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int WorkerCount { get; set; } = 2;

    /// <summary>How long stopping the host waits for running jobs before it abandons them.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Hangfire's SQLite database: a path or <c>Data Source=…</c>. Empty means
    /// <see cref="DefaultFileName"/> in the application database's folder.
    /// </summary>
    public string? StorageConnectionString { get; set; }

    /// <summary>
    /// With <c>Storage:Provider = Postgres</c>, Hangfire keeps its jobs in the application database, in this
    /// schema (created at start-up); every instance sharing the database shares the jobs.
    /// </summary>
    public string PostgresSchema { get; set; } = DefaultPostgresSchema;

    public const string DefaultPostgresSchema = "hangfire";
}
