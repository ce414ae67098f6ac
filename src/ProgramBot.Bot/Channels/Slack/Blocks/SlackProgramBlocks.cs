using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>
/// <c>program status</c>, the facts of the Teams card: each project's health, slips across projects,
/// lessons and the critical chain, each list cut with "+N more".
/// </summary>
public static class SlackProgramBlocks
{
    private const int MaxProjects = 20;

    public static JsonArray Render(ProgramStatusView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var program = view.Program;
        var blocks = new SlackBlocks()
            .Context("Program · " + SlackText.Escape(program.Key))
            .Header(program.Name)
            .Fields(
                ("PM", program.ManagerName is null ? null : SlackText.Escape(program.ManagerName, SlackLimits.NameChars)),
                ("Stakeholders", view.Stakeholders.Count == 0 ? null : SlackText.Escape(string.Join(", ", view.Stakeholders), SlackLimits.NameChars)),
                ("Objective", program.Objective is null ? null : SlackText.Escape(program.Objective, SlackLimits.NameChars)));
        blocks.Divider();
        if (view.Projects.Count == 0)
        {
            blocks.Section($"No projects yet: add one with `program add-project {SlackText.Escape(program.Key)} #WEB`.");
        }
        else
        {
            blocks.List(view.Projects, p => Project(p, view.TimeZone), view.Projects.Count, MaxProjects, maxSections: 6);
        }

        if (view.CrossProjectSlips.Count > 0)
        {
            blocks.Section("*Slips across projects*").List(view.CrossProjectSlips, s => "• " + SlackText.Escape(s, SlackLimits.NameChars), view.CrossProjectSlips.Count);
        }

        if (view.Lessons is { Count: > 0 } lessons)
        {
            blocks.Section("*Lessons learned*").List(lessons, l => "• " + SlackText.Escape(LessonText.Line(l, view.TimeZone), SlackLimits.NameChars), lessons.Count);
        }

        blocks.Section(view.CriticalChain.Count == 0
            ? "Critical chain: no open milestone with a date."
            : "*Critical chain:* " + SlackText.Escape(ProgramText.Chain(view.CriticalChain), SlackLimits.SectionChars - 40));
        return blocks.Build();
    }

    /// <summary>One project's line: RAG (computed and override), percent, dates, risks, counts and budget.</summary>
    public static string Project(ProjectHealthView health, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(health);
        var facts = new[]
        {
            health.PercentComplete.ToString(CultureInfo.InvariantCulture) + "%", HealthWords.Dates(health), HealthWords.Risks(health.Risks),
            HealthWords.Counts(health), HealthWords.Budget(health.Budget),
        }.OfType<string>();
        return $"*{SlackText.Escape(health.Key)}* {SlackText.Escape(health.Name, SlackLimits.NameChars)}: {SlackText.Escape(HealthWords.Rag(health, zone), SlackLimits.NameChars)}\n"
            + SlackText.Escape(string.Join(" · ", facts));
    }
}
