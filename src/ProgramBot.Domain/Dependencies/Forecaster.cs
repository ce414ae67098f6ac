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
        return ToDictionary(graph, ComputeIndexed(graph));
    }

    /// <summary>Forecasts by the graph's internal task numbers.</summary>
    internal static DateOnly?[] ComputeIndexed(DependencyGraph graph)
    {
        var forecasts = new DateOnly?[graph.Count];
        foreach (var task in graph.TopologicalIndexes())
        {
            var forecast = graph.NodeAt(task).Due;
            foreach (var predecessor in graph.Previous(task))
            {
                if (!graph.NodeAt(predecessor).Done && forecasts[predecessor] is { } pushed && (forecast is null || pushed > forecast))
                {
                    forecast = pushed;
                }
            }

            forecasts[task] = forecast;
        }

        return forecasts;
    }

    internal static Dictionary<TaskRef, DateOnly?> ToDictionary(DependencyGraph graph, DateOnly?[] forecasts)
    {
        var byTask = new Dictionary<TaskRef, DateOnly?>(forecasts.Length);
        for (var i = 0; i < forecasts.Length; i++)
        {
            byTask[graph.RefAt(i)] = forecasts[i];
        }

        return byTask;
    }
}
