using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>
/// <c>program status</c>: a row per project (RAG computed and overridden, percent, target and
/// forecast end, risks by band, overdue and blocked, budget), the slips across projects and the
/// critical chain; long lists end in "+N more" so the card stays under the Teams limit.
/// </summary>
public static class ProgramStatusCardRenderer
{
    public const int MaxSlips = 5;
    private const int LineChars = 300;
    private const int Margin = 2048;

    public static JsonObject Render(ProgramStatusView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var program = view.Program;
        var card = new CardBuilder()
            .Add(CardElements.Subtle("Program · " + CardText.Escape(program.Key)))
            .Add(CardElements.Heading(CardText.Escape(program.Name, CardLimits.TitleChars)))
            .Add(new FactList()
                .AddIf("Objective", program.Objective is null ? null : CardText.Escape(program.Objective, CardLimits.TextChars))
                .AddIf("PM", program.ManagerName is null ? null : CardText.Escape(program.ManagerName, CardLimits.NameChars))
                .AddIf("Stakeholders", view.Stakeholders.Count == 0 ? null : CardText.Escape(string.Join(", ", view.Stakeholders), CardLimits.TextChars))
                .Add("Projects", view.Projects.Count.ToString(CultureInfo.InvariantCulture))
                .ToElement());
        var extras = Extras(view);
        if (view.Projects.Count > 0)
        {
            // The project rows get what the slips, lessons and chain leave of the Teams limit.
            card.Add(CardElements.Separated(CardElements.Text("**Projects**")));
            var budget = CardLimits.MaxBytes - Margin - card.BodyBytes - extras.Sum(CardSize.Bytes);
            var shown = 0;
            foreach (var row in view.Projects.Select(p => Row(p, view.TimeZone)))
            {
                budget -= CardSize.Bytes(row);
                if (budget < 0)
                {
                    break;
                }

                card.Add(row);
                shown++;
            }

            if (shown < view.Projects.Count)
            {
                card.Add(CardElements.Subtle(string.Create(CultureInfo.InvariantCulture, $"+{view.Projects.Count - shown} more: the text lists them all")));
            }
        }

        foreach (var element in extras)
        {
            card.Add(element);
        }

        return card.Build();
    }

    private static List<JsonObject> Extras(ProgramStatusView view)
    {
        var extras = new List<JsonObject>();
        if (view.CrossProjectSlips.Count > 0)
        {
            extras.Add(CardElements.Separated(CardElements.Text("**Slips across projects**")));
            extras.AddRange(view.CrossProjectSlips.Take(MaxSlips).Select(slip => CardElements.Text(CardText.Escape(slip, LineChars))));
        }

        if (view.Lessons is { Count: > 0 } lessons)
        {
            extras.Add(CardElements.Separated(CardElements.Text("**Lessons learned**")));
            extras.AddRange(lessons.Select(lesson => CardElements.Text(CardText.Escape(LessonText.Line(lesson, view.TimeZone), LineChars))));
        }

        extras.Add(CardElements.Separated(CardElements.Text("**Critical chain**")));
        extras.Add(CardElements.Text(view.CriticalChain.Count == 0 ? "No open milestone with a date." : CardText.Escape(ProgramText.Chain(view.CriticalChain), CardLimits.TextChars)));
        return extras;
    }

    private static JsonObject Row(ProjectHealthView project, TimeZoneInfo zone)
    {
        var details = string.Join(" · ", new[] { HealthWords.Dates(project), HealthWords.Risks(project.Risks), HealthWords.Counts(project), HealthWords.Budget(project.Budget) }.OfType<string>());
        return CardElements.Columns(
            CardElements.Column(
                "stretch",
                CardElements.Text($"**{CardText.Escape(project.Key)}** {CardText.Escape(project.Name, CardLimits.NameChars)}"),
                CardElements.Subtle(CardText.Escape(details, LineChars)),
                CardElements.Subtle(CardText.Escape(HealthWords.Rag(project, zone), LineChars))),
            CardElements.Column("auto", CardElements.Text(project.PercentComplete.ToString(CultureInfo.InvariantCulture) + "%")),
            CardElements.Column("auto", CardElements.Colored(ProgressText.Rag(project.Effective), ProgressCardRenderer.Color(project.Effective))));
    }
}
