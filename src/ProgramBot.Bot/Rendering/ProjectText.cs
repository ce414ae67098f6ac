using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Rendering;

public static class ProjectText
{
    public static string Details(ProjectSummary project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var parts = new List<string>();
        if (project.ProgramKey is not null)
        {
            parts.Add("program " + project.ProgramKey);
        }

        if (project.ManagerName is not null)
        {
            parts.Add("PM " + project.ManagerName);
        }

        if (project.TargetEnd is { } end)
        {
            parts.Add("target end " + TextRenderer.Date(end));
        }

        return parts.Count == 0 ? string.Empty : " (" + string.Join(", ", parts) + ")";
    }

    public static string List(ProjectListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Projects.Count == 0)
        {
            return "No projects yet. Create one with `project new WEB Website relaunch`.";
        }

        var lines = view.Projects.Select(p =>
            $"- **{p.Key}** — {p.Name}{Details(p)}{(p.Key == view.BoundProjectKey ? " · default here" : string.Empty)}");
        return "Projects:\n" + string.Join('\n', lines);
    }

    public static string Status(ProjectStatusView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var summary = $"**{view.Project.Key}** — {view.Project.Name}{Details(view.Project)}\n\n"
            + $"{view.PercentComplete}% complete · {view.Total} tasks: {view.Todo} to do, {view.InProgress} in progress, "
            + $"{view.Blocked} blocked, {view.Done} done · {view.Overdue} overdue";
        if (view.LatestReport is { } report)
        {
            summary += $"\n\nLast report: {report.Percent}%{(report.Rag is { } rag ? " · " + ProgressText.Rag(rag) : string.Empty)} on {TextRenderer.Date(DateOnly.FromDateTime(report.ReportedAt.UtcDateTime))}";
        }

        if (view.Health is { } health)
        {
            summary += $"\n\nHealth: {HealthWords.Rag(health, view.TimeZone ?? TimeZoneInfo.Utc)} · {HealthWords.Dates(health)} · {HealthWords.Risks(health.Risks)}"
                + (HealthWords.Budget(health.Budget) is { } budget ? " · " + budget : string.Empty);
        }

        return view.Attention.Count == 0
            ? summary
            : summary + "\n\nNeeds attention:\n" + string.Join('\n', view.Attention.Select(t => "- " + TaskText.Line(t)));
    }
}
