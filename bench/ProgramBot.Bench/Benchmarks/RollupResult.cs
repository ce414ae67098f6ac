namespace ProgramBot.Bench.Benchmarks;

/// <summary><c>program status</c> and one slip at the head of the chain: times (ms) and SQL commands per turn.</summary>
internal sealed record RollupResult(
    IReadOnlyList<double> StatusMs, int StatusQueries, IReadOnlyList<double> SlipMs, int SlipQueries, string ChainHead, string SlipReply);
