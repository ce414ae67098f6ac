using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Application.Slips;

/// <summary>
/// Forecast ends of projects: the latest forecast finish of their open tasks — the latest due date,
/// or later where a dependency pushes a task out.
/// </summary>
internal static class SlipEnds
{
    public static Dictionary<long, DateOnly> ByProject(
        IReadOnlyDictionary<long, DateOnly> latestDue, IReadOnlyDictionary<TaskRef, DateOnly?> forecasts, ISet<TaskRef> open)
    {
        var ends = new Dictionary<long, DateOnly>(latestDue);
        foreach (var (task, forecast) in forecasts)
        {
            if (forecast is { } date && open.Contains(task) && (!ends.TryGetValue(task.ProjectId, out var end) || date > end))
            {
                ends[task.ProjectId] = date;
            }
        }

        return ends;
    }
}
