namespace ProgramBot.Bench.Benchmarks;

/// <summary>One part of a turn timed alone, in process, one call at a time.</summary>
internal sealed record BreakdownStep(string Name, double WallMicroseconds, double CpuMicroseconds);
