using System.Globalization;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Rendering;

/// <summary><c>program status</c> as text: the same facts as its card.</summary>
public static class ProgramText
{
    public static string Status(ProgramStatusView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var program = view.Program;
        var lines = new List<string>
        {
            $"**Program {program.Key}** — {program.Name}" + (program.ManagerName is null ? string.Empty : $" · PM {program.ManagerName}")
                + (view.Stakeholders.Count > 0 ? " · stakeholders " + string.Join(", ", view.Stakeholders) : string.Empty),
        };
        if (program.Objective is not null)
        {
            lines.Add("Objective: " + program.Objective);
        }

        lines.Add(view.Projects.Count == 0 ? "\nNo projects yet: add one with `program add-project " + program.Key + " #WEB`." : string.Empty);
        lines.AddRange(view.Projects.Select(p => string.Join(" · ", new[]
        {
            $"- **{p.Key}** {p.Name}: {HealthWords.Rag(p, view.TimeZone)}", p.PercentComplete.ToString(CultureInfo.InvariantCulture) + "%",
            HealthWords.Dates(p), HealthWords.Risks(p.Risks), HealthWords.Counts(p), HealthWords.Budget(p.Budget),
        }.OfType<string>())));
        if (view.CrossProjectSlips.Count > 0)
        {
            lines.Add("\n**Slips across projects**");
            lines.AddRange(view.CrossProjectSlips.Select(s => "- " + s));
        }

        if (view.Lessons is { Count: > 0 } lessons)
        {
            lines.Add("\n**Lessons learned**");
            lines.AddRange(lessons.Select(l => "- " + LessonText.Line(l, view.TimeZone)));
        }

        lines.Add(view.CriticalChain.Count == 0 ? "\nCritical chain: no open milestone with a date." : "\n**Critical chain:** " + Chain(view.CriticalChain));
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }

    public static string Chain(IReadOnlyList<ChainStep> chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        return string.Join(" → ", chain.Select(s => $"{s.Id} {(s.IsMilestone ? TaskText.MilestoneMarker : string.Empty)}{s.Title}"
            + (s.Forecast is { } f ? $" ({TextRenderer.Date(f)})" : string.Empty)));
    }
}
