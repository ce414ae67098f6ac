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
        var before = Forecaster.ComputeIndexed(graph);
        change(graph);
        var after = Forecaster.ComputeIndexed(graph);
        ForecastShift? causeShift = null;
        var moved = new List<ForecastShift>();
        foreach (var task in graph.TopologicalIndexes())
        {
            if (task >= before.Length || before[task] is not { } was || after[task] is not { } now || now <= was)
            {
                continue;
            }

            var shift = new ForecastShift(graph.RefAt(task), was, now);
            if (shift.Task == cause)
            {
                causeShift = shift;
            }
            else
            {
                moved.Add(shift);
            }
        }

        Array.Resize(ref before, after.Length);
        return new SlipResult(causeShift, moved, Forecaster.ToDictionary(graph, before), Forecaster.ToDictionary(graph, after));
    }
}
