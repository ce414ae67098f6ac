namespace ProgramBot.Domain.Health;

/// <summary>
/// A project's tasks summed for percent complete: the estimated ones (their estimates in days, and
/// those estimates times each task's percent complete ÷ 100) and the unestimated ones (how many,
/// and their percents summed).
/// </summary>
public sealed record WorkTotals(decimal EstimatedDays, decimal EstimatedDaysDone, int Unestimated, decimal UnestimatedPercentSum)
{
    public static WorkTotals None { get; } = new(0, 0, 0, 0);

    /// <summary>
    /// Percent complete weighted by estimate: an unestimated task weighs the median estimate of the
    /// project, or 1 day when no task has one; 0 for a project without tasks.
    /// </summary>
    public int PercentComplete(decimal? medianEstimate)
    {
        var weight = medianEstimate ?? 1m;
        var total = EstimatedDays + (weight * Unestimated);
        if (total <= 0)
        {
            return 0;
        }

        var done = EstimatedDaysDone + (weight * UnestimatedPercentSum / 100m);
        return (int)Math.Round(100m * done / total, MidpointRounding.AwayFromZero);
    }

    /// <summary>The median of the estimates, or null when there are none.</summary>
    public static decimal? Median(IReadOnlyList<decimal> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        if (estimates.Count == 0)
        {
            return null;
        }

        var sorted = estimates.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
