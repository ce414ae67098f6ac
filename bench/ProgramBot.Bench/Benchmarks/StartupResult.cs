namespace ProgramBot.Bench.Benchmarks;

/// <summary>Per start: time from process start to the first 200 from /readyz, and RSS one second later.</summary>
internal sealed record StartupResult(IReadOnlyList<double> ProgramBotMs, IReadOnlyList<double> ProgramBotIdleRssMb, IReadOnlyList<double> BaselineMs, IReadOnlyList<double> BaselineIdleRssMb);
