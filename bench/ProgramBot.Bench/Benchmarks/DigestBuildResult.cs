namespace ProgramBot.Bench.Benchmarks;

/// <summary>Digest build times (ms per build) beside the raw aggregate floor, and the card's size.</summary>
internal sealed record DigestBuildResult(
    IReadOnlyList<double> BuildMs, IReadOnlyList<double> FloorMs, int? Queries, int CardBytes, int Projects, TimeSpan SeedTime);
