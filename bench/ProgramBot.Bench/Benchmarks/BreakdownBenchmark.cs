using System.Diagnostics;
using System.Globalization;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Bench.Seeding;
using ProgramBot.Bench.Servers;
using ProgramBot.Bench.Workloads;
using ProgramBot.Bot.Rendering;
using ProgramBot.Domain.Common;
using ProgramBot.Web.Hosting;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>
/// Where a turn's time goes: ProgramBot's own services over a fresh seeded copy, without HTTP and
/// without the Bot Framework, each part called one at a time with a stopwatch and the process's
/// CPU clock around it. Subtracting rows splits a turn; the HTTP + SDK share is the echo turn.
/// </summary>
internal sealed class BreakdownBenchmark(DatabaseTemplate template, TextWriter progress)
{
    private const string User = "29:bench-user-0";

    public async Task<IReadOnlyList<BreakdownStep>> RunAsync(int iterations, CancellationToken cancellationToken)
    {
        var app = ProgramBotHost.Build([.. ServeRunner.CommonArgs, "--ConnectionStrings:ProgramBot=Data Source=" + template.Copy()]);
        await using (app)
        {
            var store = app.Services.GetRequiredService<IDataStore>();
            var conversations = app.Services.GetRequiredService<ConversationService>();
            await conversations.HandleMessageAsync(Message("help", 0), cancellationToken); // registers the sender
            var (workspaceId, projectId) = await store.ReadAsync(
                async (uow, ct) =>
                {
                    var workspace = (await uow.Workspaces.FindByExternalIdAsync(BenchData.Tenant, ct))!;
                    var project = (await uow.Projects.FindByKeyAsync(workspace.Id, Key("P05"), ct))!;
                    return (workspace.Id, project.Id);
                },
                cancellationToken);
            var query = new WorkItemQuery(ProjectId: projectId, Limit: 15);
            var listView = await conversations.HandleMessageAsync(Message("task list #P05", 0), cancellationToken);

            (string Name, Func<long, CancellationToken, Task> Call)[] steps =
            [
                ("read transaction, no query (pooled open + 4 PRAGMAs + BEGIN/COMMIT)", (_, ct) => store.ReadAsync((_, _) => Task.FromResult(0), ct)),
                ("write transaction, no statement (single writer + BEGIN IMMEDIATE/COMMIT)", (_, ct) => store.WriteAsync((_, _) => Task.FromResult(Result<int>.Success(0)), ct)),
                ("sender look-up: workspace + member in one read", (_, ct) => store.ReadAsync(
                    async (uow, c) => await uow.Members.FindByChannelUserIdAsync((await uow.Workspaces.FindByExternalIdAsync(BenchData.Tenant, c))!.Id, User, c), ct)),
                ("project by key in one read", (_, ct) => store.ReadAsync((uow, c) => uow.Projects.FindByKeyAsync(workspaceId, Key("P05"), c), ct)),
                ("WorkItems.ListAsync (15 of 500) in one read", (_, ct) => store.ReadAsync((uow, c) => uow.WorkItems.ListAsync(workspaceId, query, c), ct)),
                ("WorkItems.CountAsync (500) in one read", (_, ct) => store.ReadAsync((uow, c) => uow.WorkItems.CountAsync(workspaceId, query, c), ct)),
                ("render the task list view to text", (_, _) => Task.FromResult(TextRenderer.Render(listView))),
                ("ConversationService: help (sender + parse + reply)", (i, ct) => conversations.HandleMessageAsync(Message("help", i), ct)),
                ("ConversationService: task list #P05", (i, ct) => conversations.HandleMessageAsync(Message("task list #P05", i), ct)),
                ("ConversationService: task add (write + audit)", (i, ct) => conversations.HandleMessageAsync(Message(string.Create(CultureInfo.InvariantCulture, $"task add Breakdown {i} #P05"), i), ct)),
            ];

            var results = new List<BreakdownStep>();
            foreach (var (name, call) in steps)
            {
                results.Add(await MeasureAsync(name, call, iterations, cancellationToken));
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {name}: {results[^1].WallMicroseconds:F0} µs"));
            }

            return results;
        }
    }

    private static async Task<BreakdownStep> MeasureAsync(string name, Func<long, CancellationToken, Task> call, int iterations, CancellationToken cancellationToken)
    {
        var warmup = Math.Max(iterations / 10, 1);
        for (var i = 0; i < warmup; i++)
        {
            await call(iterations + i, cancellationToken);
        }

        var cpuBefore = ProcStats.CpuTime(Environment.ProcessId);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < iterations; i++)
        {
            await call(i, cancellationToken);
        }

        var wall = Stopwatch.GetElapsedTime(started);
        var cpu = ProcStats.CpuTime(Environment.ProcessId) - cpuBefore;
        return new BreakdownStep(name, wall.TotalMicroseconds / iterations, cpu.TotalMicroseconds / iterations);
    }

    private static IncomingMessage Message(string text, long iteration) => new(
        BenchData.Tenant, "bench-conv-0", User, "bench-user-0", text, string.Create(CultureInfo.InvariantCulture, $"breakdown|{iteration}|{Guid.NewGuid():N}"), null, []);

    private static EntityKey Key(string key) => EntityKey.Parse(key, "project").Value;
}
