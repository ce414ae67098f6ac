namespace ProgramBot.Domain.Dependencies;

/// <summary>
/// Works out everything downstream whose forecast moves later when a change is applied to the
/// graph (a due date moved, a dependency added): forecasts before, the change, forecasts after, and
/// the difference — all in memory, in time linear in the graph.
/// </summary>
public static class SlipPropagation
{
    public static SlipResult Propagate(DependencyGraph graph, TaskRef cause, Action<DependencyGraph> change)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(change);
        var before = Forecaster.Compute(graph);
        change(graph);
        var after = Forecaster.Compute(graph);
        ForecastShift? causeShift = null;
        var moved = new List<ForecastShift>();
        foreach (var task in graph.TopologicalOrder())
        {
            if (before.GetValueOrDefault(task) is not { } was || after[task] is not { } now || now <= was)
            {
                continue;
            }

            if (task == cause)
            {
                causeShift = new ForecastShift(task, was, now);
            }
            else
            {
                moved.Add(new ForecastShift(task, was, now));
            }
        }

        return new SlipResult(causeShift, moved, before, after);
    }
}
