namespace ProgramBot.Application.Slips;

/// <summary>The part of a report one conversation hears about.</summary>
public sealed record SlipSelection(IReadOnlyList<SlipTaskLine> Tasks, IReadOnlyList<SlipEndLine> Projects, IReadOnlyList<SlipEndLine> Programs)
{
    public bool IsEmpty => Tasks.Count == 0 && Projects.Count == 0 && Programs.Count == 0;

    public static SlipSelection All(SlipReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new SlipSelection(report.Tasks, report.Projects, report.Programs);
    }

    /// <summary>
    /// A bound channel hears what moved in its project; a person hears about the tasks they own,
    /// everything moved in the projects they manage, and the programs they manage or hold a stake in.
    /// </summary>
    public static SlipSelection For(SlipReport report, IEnumerable<long> projectIds, IEnumerable<long> memberIds)
    {
        ArgumentNullException.ThrowIfNull(report);
        var members = memberIds.ToHashSet();
        var projects = projectIds.Concat(report.Projects.Where(p => p.ManagerId is { } m && members.Contains(m)).Select(p => p.Id)).ToHashSet();
        var programs = report.Programs.Where(p => p.Audience.Any(members.Contains)).Select(p => p.Id)
            .Concat(report.Projects.Where(p => projects.Contains(p.Id)).Select(p => p.ProgramId).OfType<long>()).ToHashSet();
        return new SlipSelection(
            [.. report.Tasks.Where(t => projects.Contains(t.ProjectId) || t.AssigneeId is { } a && members.Contains(a))],
            [.. report.Projects.Where(p => projects.Contains(p.Id))],
            [.. report.Programs.Where(p => programs.Contains(p.Id))]);
    }
}
