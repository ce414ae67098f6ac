using System.Globalization;

namespace ProgramBot.Bench.Seeding;

/// <summary>
/// The seeded database, made once per bench run in a scratch folder; every ProgramBot server
/// gets a fresh copy, so every block starts from the same data. The folder goes on dispose.
/// </summary>
internal sealed class DatabaseTemplate : IDisposable
{
    private readonly string _folder;
    private readonly string _template;
    private int _copies;

    private DatabaseTemplate(string folder)
    {
        _folder = folder;
        _template = Path.Combine(folder, "template.db");
    }

    public TimeSpan SeedTime { get; private set; }

    public static async Task<DatabaseTemplate> CreateAsync(TimeProvider clock, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"programbot-bench-{Environment.ProcessId}"));
        Directory.CreateDirectory(folder);
        var template = new DatabaseTemplate(folder);
        try
        {
            var started = clock.GetTimestamp();
            await Seeder.SeedAsync(template._template, clock, cancellationToken);
            template.SeedTime = clock.GetElapsedTime(started);
            return template;
        }
        catch
        {
            template.Dispose();
            throw;
        }
    }

    /// <summary>A fresh copy of the seeded database; returns its path.</summary>
    public string Copy()
    {
        var path = Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $"copy-{Interlocked.Increment(ref _copies)}.db"));
        File.Copy(_template, path, overwrite: true);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A server still holding a file: the scratch folder is left in /tmp, nothing worse.
        }
    }
}
