using System.Text.Json.Serialization;

namespace ProgramBot.Application.Slips;

/// <summary>
/// What one change moved, stored with the change as JSON so that its notices can be sent (and
/// re-sent after a failure) from ids alone.
/// </summary>
public sealed record SlipReport(
    string Headline, IReadOnlyList<SlipTaskLine> Tasks, IReadOnlyList<SlipEndLine> Projects, IReadOnlyList<SlipEndLine> Programs)
{
    public bool CrossesProjects => Tasks.Select(t => t.ProjectId).Distinct().Count() > 1 || Projects.Count > 1;
}

/// <summary>A task whose forecast finish moved later; a milestone keeps its title and its project's target end.</summary>
public sealed record SlipTaskLine(
    string Id, string? Title, long ProjectId, long? AssigneeId, bool Milestone, DateOnly Before, DateOnly After, DateOnly? Target)
{
    public int Days => After.DayNumber - Before.DayNumber;
}

/// <summary>A project or program whose forecast end moved later; a program's stakeholders hear about it too.</summary>
public sealed record SlipEndLine(
    long Id, string Key, long? ManagerId, long? ProgramId, DateOnly? Before, DateOnly After, DateOnly? Target, IReadOnlyList<long>? Stakeholders = null)
{
    [JsonIgnore]
    public IEnumerable<long> Audience => Stakeholders is null ? ManagerId is { } m ? [m] : [] : ManagerId is { } manager ? [manager, .. Stakeholders] : Stakeholders;
}
