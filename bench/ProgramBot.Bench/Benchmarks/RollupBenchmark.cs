using System.Diagnostics;
using System.Globalization;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Bench.Seeding;
using ProgramBot.Bench.Servers;
using ProgramBot.Bot.Rendering;
using ProgramBot.Web.Hosting;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>
/// On a copy of the large program (it writes): <c>program status APOLLO</c>, and a slip at the head of
/// the chain of 1,000 linked tasks (<c>task due</c> a day later each time, so everything downstream
/// moves every time), each as the turn's use case in process — sender, parse, reads, propagation,
/// the change recorded, the reply rendered — with its SQL commands counted.
/// </summary>
internal sealed class RollupBenchmark(LargeProgramDatabase database, TimeProvider clock, TextWriter progress)
{
    public async Task<RollupResult> RunAsync(int iterations, CancellationToken cancellationToken)
    {
        var copy = Path.Combine(database.Folder, "rollup.db");
        File.Copy(database.Path, copy, overwrite: true);
        // No job server: the slip notices it would queue are not part of the turn (their refused queueing is logged at Warning, hidden here).
        var app = ProgramBotHost.Build([.. ServeRunner.CommonArgs, "--Scheduling:Enabled=false", "--Logging:LogLevel:ProgramBot.Application.Slips=Error", "--ConnectionStrings:ProgramBot=Data Source=" + copy]);
        await using (app)
        {
            var conversations = app.Services.GetRequiredService<ConversationService>();
            using var counter = new CommandCounter();
            var turn = 0;
            async Task<(double Ms, long Queries, string Reply)> TimeAsync(string text)
            {
                var message = new IncomingMessage(
                    LargeProgram.Tenant, "19:bench-rollup@thread.tacv2", "29:large-member-0", "large-member-0", text,
                    "rollup-" + (++turn).ToString(CultureInfo.InvariantCulture), "UTC", []);
                var before = counter.Count;
                var started = Stopwatch.GetTimestamp();
                var view = await conversations.HandleMessageAsync(message, cancellationToken);
                var reply = TextRenderer.Render(view);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                return view is ErrorView ? throw new InvalidOperationException($"'{text}' failed: {reply}") : (ms, counter.Count - before, reply);
            }

            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            List<double> statusMs = [], slipMs = [];
            long statusQueries = 0, slipQueries = 0;
            var slipReply = string.Empty;
            for (var i = 0; i <= iterations; i++)
            {
                var status = await TimeAsync("program status " + LargeProgram.ProgramKey);
                var slip = await TimeAsync(string.Create(CultureInfo.InvariantCulture, $"task due {database.ChainHead} {today.AddDays(400 + i):yyyy-MM-dd}"));
                if (i == 0)
                {
                    // The first of each warms caches and the JIT; it is not counted.
                    await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  roll-up: first program status {status.Ms:F0} ms, first slip {slip.Ms:F0} ms"));
                    continue;
                }

                (statusQueries, slipQueries, slipReply) = (status.Queries, slip.Queries, slip.Reply);
                statusMs.Add(status.Ms);
                slipMs.Add(slip.Ms);
            }

            return new RollupResult(statusMs, (int)statusQueries, slipMs, (int)slipQueries, database.ChainHead, slipReply);
        }
    }
}
