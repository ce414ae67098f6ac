using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>A project's state: percent complete, task counts, the latest report and what needs attention.</summary>
public static class SlackProjectBlocks
{
    public static JsonArray Render(ProjectStatusView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var project = view.Project;
        var blocks = new SlackBlocks()
            .Context("Project · " + SlackText.Escape(project.Key))
            .Header(project.Name)
            .Fields(
                ("Program", project.ProgramKey is null ? null : SlackText.Escape(project.ProgramKey)),
                ("PM", project.ManagerName is null ? null : SlackText.Escape(project.ManagerName, SlackLimits.NameChars)),
                ("Target end", project.TargetEnd is { } end ? TextRenderer.Date(end) : null),
                ("Complete", Invariant($"{view.PercentComplete}%")),
                ("Tasks", Invariant($"{view.Total}: {view.Todo} to do, {view.InProgress} in progress, {view.Done} done")),
                ("Blocked", Invariant($"{view.Blocked}")),
                ("Overdue", Invariant($"{view.Overdue}")));
        if (view.Health is { } health)
        {
            blocks.Section("*Health:* " + SlackProgramBlocks.Project(health, view.TimeZone ?? TimeZoneInfo.Utc));
        }

        if (view.LatestReport is { } report)
        {
            var rag = report.Rag is { } value ? " · " + ProgressText.Rag(value) : string.Empty;
            blocks.Section(Invariant($"*Last report:* {report.Percent}%{rag} on {TextRenderer.Date(DateOnly.FromDateTime(report.ReportedAt.UtcDateTime))}"));
        }

        if (view.Attention.Count > 0)
        {
            blocks.Divider().Section("*Needs attention*").List(view.Attention, SlackTaskBlocks.Row, view.Attention.Count);
        }

        return blocks.Build();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
