using ProgramBot.Domain.Health;

namespace ProgramBot.Domain.Tests.Health;

public sealed class WorkTotalsTests
{
    [Fact]
    public void PercentComplete_WeighsTasksByEstimate()
    {
        // A 3-day task done and a 1-day task not started: 3 of 4 days.
        var totals = new WorkTotals(EstimatedDays: 4, EstimatedDaysDone: 3, Unestimated: 0, UnestimatedPercentSum: 0);

        Assert.Equal(75, totals.PercentComplete(WorkTotals.Median([3m, 1m])));
    }

    [Fact]
    public void PercentComplete_CountsUnestimatedTasksAsTheMedianEstimate()
    {
        // Estimates 1, 2, 6 (median 2), none done; one unestimated task done: 2 of 11 days.
        var totals = new WorkTotals(9, 0, 1, 100);

        Assert.Equal(18, totals.PercentComplete(WorkTotals.Median([1m, 6m, 2m])));
    }

    [Fact]
    public void PercentComplete_CountsUnestimatedTasksAsOne_WhenNoneHasAnEstimate()
    {
        var totals = new WorkTotals(0, 0, 4, 150);

        Assert.Equal(38, totals.PercentComplete(WorkTotals.Median([])));
    }

    [Fact]
    public void PercentComplete_IsZero_WithoutTasks() => Assert.Equal(0, WorkTotals.None.PercentComplete(null));

    [Fact]
    public void Median_AveragesTheMiddleTwo_ForAnEvenCount() => Assert.Equal(2.5m, WorkTotals.Median([4m, 1m, 2m, 3m]));
}
