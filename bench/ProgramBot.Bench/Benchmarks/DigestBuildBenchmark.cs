using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Digests;
using ProgramBot.Bench.Seeding;
using ProgramBot.Bench.Servers;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Digests;
using ProgramBot.Web.Hosting;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>
/// One program digest of the large program, in process through the real services: the reads, the
/// view model, the card JSON and its text fallback. Beside it, the floor: the one raw aggregate
/// query that counts the program's tasks by project and status.
/// </summary>
internal sealed class DigestBuildBenchmark(LargeProgramDatabase database, TimeProvider clock, TextWriter progress)
{
    private const string FloorSql = """
        SELECT w.project_id, w.status, COUNT(*)
        FROM work_items w JOIN projects p ON p.workspace_id = w.workspace_id AND p.id = w.project_id
        WHERE w.workspace_id = $ws AND p.program_id = $program
        GROUP BY w.project_id, w.status
        """;

    public async Task<DigestBuildResult> RunAsync(int iterations, CancellationToken cancellationToken)
    {
        var app = ProgramBotHost.Build([.. ServeRunner.CommonArgs, "--Scheduling:Enabled=false", "--ConnectionStrings:ProgramBot=Data Source=" + database.Path]);
        await using (app)
        {
            var store = app.Services.GetRequiredService<IDataStore>();
            var (workspaceId, programId) = await store.ReadAsync(async (uow, ct) =>
            {
                var workspace = await uow.Workspaces.FindByExternalIdAsync(LargeProgram.Tenant, ct) ?? throw new InvalidOperationException("large program not seeded");
                var program = await uow.Programs.FindByKeyAsync(workspace.Id, EntityKey.Parse(LargeProgram.ProgramKey, "program").Value, ct);
                return (workspace.Id, program!.Id);
            }, cancellationToken);
            var now = clock.GetUtcNow();
            var subscription = new DigestSubscription(
                workspaceId, 1, "19:bench@thread.tacv2", DigestScope.ForProgram(programId), new ScheduleSpec("weekly", DayOfWeek.Monday, null, new TimeOnly(9, 0), "UTC"),
                1, now.AddDays(-30), now.AddDays(-7), null, null);

            var buildMs = new List<double>(iterations);
            var floorMs = new List<double>(iterations);
            var cardBytes = 0;
            long queries = 0;
            using var counter = new CommandCounter();
            await using var raw = new SqliteConnection("Data Source=" + database.Path + ";Mode=ReadOnly");
            await raw.OpenAsync(cancellationToken);
            for (var i = 0; i < iterations + 1; i++)
            {
                var commandsBefore = counter.Count;
                var started = Stopwatch.GetTimestamp();
                cardBytes = await BuildOnceAsync(store, subscription, now, cancellationToken);
                var built = Stopwatch.GetElapsedTime(started);
                queries = counter.Count - commandsBefore;
                started = Stopwatch.GetTimestamp();
                var rows = await FloorAsync(raw, workspaceId, programId, cancellationToken);
                var floor = Stopwatch.GetElapsedTime(started);
                if (i == 0)
                {
                    // The first of each warms caches and the JIT; it is not counted.
                    await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  digest build: first {built.TotalMilliseconds:F0} ms and {queries} queries, floor {floor.TotalMilliseconds:F0} ms ({rows} rows)"));
                    continue;
                }

                buildMs.Add(built.TotalMilliseconds);
                floorMs.Add(floor.TotalMilliseconds);
            }

            return new DigestBuildResult(buildMs, floorMs, (int)queries, cardBytes, LargeProgram.ProjectCount, database.SeedTime);
        }
    }

    private static async Task<int> BuildOnceAsync(IDataStore store, DigestSubscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (view, _) = await store.ReadAsync((uow, ct) => DigestBuilder.BuildAsync(uow, subscription, now, DateOnly.FromDateTime(now.UtcDateTime), ct), cancellationToken);
        var card = AdaptiveCardRenderer.TryRender(view, out var json) ? json.ToJsonString() : string.Empty;
        return card.Length + TextRenderer.Render(view).Length;
    }

    private static async Task<int> FloorAsync(SqliteConnection connection, long workspaceId, long programId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = FloorSql;
        command.Parameters.AddWithValue("$ws", workspaceId);
        command.Parameters.AddWithValue("$program", programId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
        }

        return rows;
    }
}
