using System.Diagnostics;

namespace ProgramBot.Bench.Load;

/// <summary>Exact percentiles from every recorded latency (nearest rank on the sorted array).</summary>
internal static class LatencyStats
{
    public static double PercentileMs(long[] sortedTicks, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sortedTicks);
        if (sortedTicks.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sortedTicks.Length);
        var ticks = sortedTicks[Math.Clamp(rank - 1, 0, sortedTicks.Length - 1)];
        return ticks * 1000.0 / Stopwatch.Frequency;
    }
}
