using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Health;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Application.Programs;

/// <summary>The critical chain of a program: the longest path of open dependent work ending at its milestone forecast last.</summary>
internal static class ProgramChain
{
    public const int MaxSteps = 12;

    public static List<ChainStep> Find(
        DependencyGraph graph, IReadOnlyDictionary<TaskRef, DateOnly?> forecasts, DependencySnapshot snapshot,
        IReadOnlyList<MilestoneForecast> milestones, IReadOnlyDictionary<long, string> keys)
    {
        var last = milestones.Where(m => m.Forecast is not null).OrderByDescending(m => m.Forecast).ThenBy(m => m.Ref.ProjectId).ThenBy(m => m.Ref.Number).FirstOrDefault();
        if (last is null)
        {
            return [];
        }

        var titles = snapshot.Tasks.ToDictionary(t => t.Ref, t => (t.Title, t.IsMilestone));
        IReadOnlyList<TaskRef> path = graph.Find(last.Ref) is null ? [last.Ref] : CriticalChain.EndingAt(graph, last.Ref);
        return [.. path.TakeLast(MaxSteps).Select(step => new ChainStep(
            $"{keys[step.ProjectId]}-{step.Number}",
            step == last.Ref ? last.Title : titles.GetValueOrDefault(step).Title ?? string.Empty,
            forecasts.GetValueOrDefault(step) ?? (step == last.Ref ? last.Forecast : null),
            step == last.Ref || titles.GetValueOrDefault(step).IsMilestone))];
    }
}
