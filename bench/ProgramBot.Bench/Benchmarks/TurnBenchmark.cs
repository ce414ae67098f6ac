using System.Globalization;
using ProgramBot.Bench.Cli;
using ProgramBot.Bench.Load;
using ProgramBot.Bench.Seeding;
using ProgramBot.Bench.Servers;
using ProgramBot.Bench.Workloads;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>
/// Turn throughput and latency: for each workload and concurrency, an echo server and a
/// ProgramBot server (fresh database copy) run side by side and take turns, A B A B …, so the
/// noise of a shared machine falls on both.
/// </summary>
internal sealed class TurnBenchmark(BenchOptions options, DatabaseTemplate template, TextWriter progress)
{
    public async Task<IReadOnlyList<BlockResult>> RunAsync(IReadOnlyList<IWorkload> workloads, CancellationToken cancellationToken)
    {
        var blocks = new List<BlockResult>();
        foreach (var workload in workloads)
        {
            foreach (var concurrency in options.Concurrencies)
            {
                blocks.Add(await RunBlockAsync(workload, concurrency, cancellationToken));
            }
        }

        return blocks;
    }

    private async Task<BlockResult> RunBlockAsync(IWorkload workload, int concurrency, CancellationToken cancellationToken)
    {
        using var echo = await ServerProcess.StartAsync(["echo"], cancellationToken);
        using var bot = await ServerProcess.StartAsync(["programbot", "--db", template.Copy()], cancellationToken);
        using var echoClient = CreateClient(echo.BaseAddress, concurrency);
        using var botClient = CreateClient(bot.BaseAddress, concurrency);
        var echoLoad = new LoadGenerator(echoClient, workload, (_, response) => EchoCheck.Check(response));
        var botLoad = new LoadGenerator(botClient, workload, (slot, response) => workload.Check(slot, response));

        await echoLoad.RunAsync(concurrency, options.ServerWarmup, cancellationToken);
        await botLoad.RunAsync(concurrency, options.ServerWarmup, cancellationToken);

        var baseline = new List<RunMeasurement>();
        var programBot = new List<RunMeasurement>();
        for (var pair = 1; pair <= options.Pairs; pair++)
        {
            baseline.Add(await MeasureAsync(echo, echoLoad, concurrency, cancellationToken));
            programBot.Add(await MeasureAsync(bot, botLoad, concurrency, cancellationToken));
            await progress.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"  {workload.Name} c={concurrency} pair {pair}/{options.Pairs}: echo {baseline[^1].RequestsPerSecond:F0} rps, programbot {programBot[^1].RequestsPerSecond:F0} rps, p99 {programBot[^1].P99Ms:F1} ms, errors {baseline[^1].Errors}/{programBot[^1].Errors}"));
        }

        return new BlockResult(workload.Name, concurrency, baseline, programBot);
    }

    private async Task<RunMeasurement> MeasureAsync(ServerProcess server, LoadGenerator load, int concurrency, CancellationToken cancellationToken)
    {
        await load.RunAsync(concurrency, options.Warmup, cancellationToken);
        var cpuBefore = ProcStats.CpuTime(server.Id);
        LoadResult result;
        long peakRss;
        await using (var rss = new RssSampler(server.Id))
        {
            result = await load.RunAsync(concurrency, options.RunLength, cancellationToken);
            peakRss = await rss.StopAsync();
        }

        var cpu = ProcStats.CpuTime(server.Id) - cpuBefore;
        var requests = Math.Max(result.Requests, 1);
        return new RunMeasurement(
            result.Requests,
            result.Errors,
            result.Requests / result.Elapsed.TotalSeconds,
            LatencyStats.PercentileMs(result.LatencyTicks, 50),
            LatencyStats.PercentileMs(result.LatencyTicks, 99),
            cpu.TotalMicroseconds / requests,
            peakRss / (1024.0 * 1024.0),
            result.FirstError);
    }

    private static HttpClient CreateClient(Uri baseAddress, int concurrency)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        };
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }
}
