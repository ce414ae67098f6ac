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
        if (view.Projects.Count > 0)
        {
            card.Add(CardElements.Separated(CardElements.Text("**Projects**")));
            RowBudget.AddRows(card, view.Projects, p => Row(p, view.TimeZone), view.Projects.Count, maxRows: 50);
        }

        if (view.CrossProjectSlips.Count > 0)
        {
            card.Add(CardElements.Separated(CardElements.Text("**Slips across projects**")));
            foreach (var slip in view.CrossProjectSlips.Take(MaxSlips))
            {
                card.Add(CardElements.Text(CardText.Escape(slip, LineChars)));
            }
        }

        card.Add(CardElements.Separated(CardElements.Text("**Critical chain**")))
            .Add(CardElements.Text(view.CriticalChain.Count == 0 ? "No open milestone with a date." : CardText.Escape(ProgramText.Chain(view.CriticalChain), CardLimits.TextChars)));
        return card.Build();
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
