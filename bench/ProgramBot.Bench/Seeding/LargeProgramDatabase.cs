using System.Globalization;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Common;
using ProgramBot.Bench.Servers;
using ProgramBot.Infrastructure.Persistence.Migrations;
using ProgramBot.Web.Hosting;

namespace ProgramBot.Bench.Seeding;

/// <summary>The large program's database, seeded once per bench run in its own scratch folder.</summary>
internal sealed class LargeProgramDatabase : IDisposable
{
    private LargeProgramDatabase(string folder, string path, TimeSpan seedTime, string chainHead) =>
        (Folder, Path, SeedTime, ChainHead) = (folder, path, seedTime, chainHead);

    public string Folder { get; }

    public string Path { get; }

    public TimeSpan SeedTime { get; }

    /// <summary>The task at the head of the seeded chain of 1,000, such as <c>L01-1</c>.</summary>
    public string ChainHead { get; }

    public static async Task<LargeProgramDatabase> CreateAsync(TimeProvider clock, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"programbot-bench-large-{Environment.ProcessId}"));
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, "large.db");
        var started = clock.GetTimestamp();
        var chainHead = await SeedAsync(path, clock, cancellationToken);
        return new LargeProgramDatabase(folder, path, clock.GetElapsedTime(started), chainHead);
    }

    /// <summary>Writes the large program into a new database file at <paramref name="path"/>; returns the chain's head.</summary>
    public static async Task<string> SeedAsync(string path, TimeProvider clock, CancellationToken cancellationToken)
    {
        Result<string> seeded;
        var app = ProgramBotHost.Build([.. ServeRunner.CommonArgs, "--Scheduling:Enabled=false", "--ConnectionStrings:ProgramBot=Data Source=" + path]);
        await using (app)
        {
            await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
            seeded = await app.Services.GetRequiredService<IDataStore>().WriteAsync((uow, ct) => LargeProgramSeed.AddAsync(uow, clock.GetUtcNow(), ct), cancellationToken);
            if (!seeded.IsSuccess)
            {
                throw new InvalidOperationException("Seeding the large program failed: " + seeded.Error);
            }
        }

        await Seeder.CheckpointAsync(path, cancellationToken);
        return seeded.Value;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A server still holding a file: the scratch folder is left in /tmp, nothing worse.
        }
    }
}
