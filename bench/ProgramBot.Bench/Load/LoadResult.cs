namespace ProgramBot.Bench.Load;

/// <summary>What one timed stretch of load produced: every latency, the failures, the wall time.</summary>
internal sealed record LoadResult(long[] LatencyTicks, int Errors, TimeSpan Elapsed, string? FirstError)
{
    public int Requests => LatencyTicks.Length;
}
