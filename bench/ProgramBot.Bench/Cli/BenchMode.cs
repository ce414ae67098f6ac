namespace ProgramBot.Bench.Cli;

internal enum BenchMode
{
    All,
    Turns,
    Startup,
    Breakdown,
    FanOut,
    Digest,
    Soak,
    Rollup,
    Seed,
    Serve,
}
