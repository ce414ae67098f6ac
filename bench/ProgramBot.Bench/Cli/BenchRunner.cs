using ProgramBot.Bench.Benchmarks;
using ProgramBot.Bench.Report;
using ProgramBot.Bench.Seeding;
using ProgramBot.Bench.Workloads;

namespace ProgramBot.Bench.Cli;

/// <summary>Runs the sections the mode asks for, in order: turns, start-up, digest build, fan-out.</summary>
internal sealed class BenchRunner(BenchOptions options, TimeProvider clock, DatabaseTemplate template, TextWriter progress)
{
    public async Task<BenchReport> RunAsync(IReadOnlyList<IWorkload> workloads, IReadOnlyList<string> machine, CancellationToken cancellationToken)
    {
        var all = options.Mode == BenchMode.All;
        IReadOnlyList<BlockResult> blocks = [];
        if (all || options.Mode == BenchMode.Turns)
        {
            await progress.WriteLineAsync("turns …");
            blocks = await new TurnBenchmark(options, template, progress).RunAsync(workloads, cancellationToken);
        }

        StartupResult? startup = null;
        DigestBuildResult? digest = null;
        RollupResult? rollup = null;
        if (all || options.Mode is BenchMode.Startup or BenchMode.Digest or BenchMode.Rollup)
        {
            await progress.WriteLineAsync("seeding the large program …");
            using var large = await LargeProgramDatabase.CreateAsync(clock, cancellationToken);
            if (all || options.Mode == BenchMode.Digest)
            {
                await progress.WriteLineAsync("digest build …");
                digest = await new DigestBuildBenchmark(large, clock, progress).RunAsync(options.DigestIterations, cancellationToken);
            }

            if (all || options.Mode == BenchMode.Rollup)
            {
                await progress.WriteLineAsync("roll-up …");
                rollup = await new RollupBenchmark(large, clock, progress).RunAsync(options.DigestIterations, cancellationToken);
            }

            if (all || options.Mode == BenchMode.Startup)
            {
                await progress.WriteLineAsync("start-up …");
                startup = await new StartupBenchmark(large.Path, progress).RunAsync(options.Starts, cancellationToken);
            }
        }

        FanOutResult? fanOut = null;
        if (options.Mode == BenchMode.FanOut || (all && options.FanOutInAll))
        {
            await progress.WriteLineAsync("fan-out …");
            fanOut = await new FanOutBenchmark(template, progress).RunAsync(options.Subscriptions, cancellationToken);
        }

        SoakResult? soak = null;
        if (options.Mode == BenchMode.Soak)
        {
            await progress.WriteLineAsync("soak …");
            soak = await new SoakBenchmark(template, clock, progress).RunAsync(Goals.GoalConcurrency, options.SoakLength, cancellationToken);
        }

        return new BenchReport(options, machine, template.SeedTime, workloads, blocks, startup, fanOut, digest, soak, rollup);
    }
}
