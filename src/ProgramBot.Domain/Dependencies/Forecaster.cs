namespace ProgramBot.Domain.Dependencies;

/// <summary>
/// Forecast finish of each task in the graph: its due date, or the latest forecast finish of an
/// open predecessor when that is later (pushed out). A done predecessor pushes nothing.
/// </summary>
public static class Forecaster
{
    public static Dictionary<TaskRef, DateOnly?> Compute(DependencyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var order = graph.TopologicalOrder();
        var forecasts = new Dictionary<TaskRef, DateOnly?>(order.Count);
        foreach (var task in order)
        {
            var forecast = graph.Find(task)?.Due;
            foreach (var predecessor in graph.PredecessorsOf(task))
            {
                if (graph.Find(predecessor) is { Done: false } && forecasts[predecessor] is { } pushed && (forecast is null || pushed > forecast))
                {
                    forecast = pushed;
                }
            }

            forecasts[task] = forecast;
        }

        return forecasts;
    }
}
