using ProgramBot.Bench.Benchmarks;
using ProgramBot.Bench.Cli;
using ProgramBot.Bench.Workloads;

namespace ProgramBot.Bench.Report;

/// <summary>Everything one bench run found, ready to render.</summary>
internal sealed record BenchReport(
    BenchOptions Options,
    IReadOnlyList<string> Machine,
    TimeSpan SeedTime,
    IReadOnlyList<IWorkload> Workloads,
    IReadOnlyList<BlockResult> Blocks,
    StartupResult? Startup,
    FanOutResult? FanOut = null,
    DigestBuildResult? Digest = null,
    SoakResult? Soak = null,
    RollupResult? Rollup = null);
