using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>A project's state: percent complete, task counts as facts, the latest report and what needs attention.</summary>
public static class ProjectStatusCardRenderer
{
    public static JsonObject Render(ProjectStatusView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var project = view.Project;
        var card = new CardBuilder()
            .Add(CardElements.Subtle("Project · " + CardText.Escape(project.Key)))
            .Add(CardElements.Heading(CardText.Escape(project.Name, CardLimits.TitleChars)))
            .Add(new FactList()
                .AddIf("Program", project.ProgramKey is null ? null : CardText.Escape(project.ProgramKey))
                .AddIf("PM", project.ManagerName is null ? null : CardText.Escape(project.ManagerName, CardLimits.NameChars))
                .AddIf("Target end", project.TargetEnd is { } end ? TextRenderer.Date(end) : null)
                .Add("Complete", Invariant($"{view.PercentComplete}%"))
                .Add("Tasks", Invariant($"{view.Total}"))
                .Add("To do", Invariant($"{view.Todo}"))
                .Add("In progress", Invariant($"{view.InProgress}"))
                .Add("Blocked", Invariant($"{view.Blocked}"))
                .Add("Done", Invariant($"{view.Done}"))
                .Add("Overdue", Invariant($"{view.Overdue}"))
                .ToElement());
        if (view.LatestReport is { } report)
        {
            var rag = report.Rag is { } value ? " · " + ProgressText.Rag(value) : string.Empty;
            card.Add(CardElements.Text(Invariant(
                $"**Last report:** {report.Percent}%{rag} on {TextRenderer.Date(DateOnly.FromDateTime(report.ReportedAt.UtcDateTime))}")));
        }

        if (view.Health is { } health)
        {
            card.Add(new FactList()
                .Add("RAG", CardText.Escape(HealthWords.Rag(health, view.TimeZone ?? TimeZoneInfo.Utc), CardLimits.TextChars))
                .Add("Dates", HealthWords.Dates(health))
                .Add("Risks", HealthWords.Risks(health.Risks))
                .AddIf("Budget", HealthWords.Budget(health.Budget))
                .ToElement());
        }

        if (view.Attention.Count > 0)
        {
            card.Add(CardElements.Separated(CardElements.Text("**Needs attention**")));
            RowBudget.AddRows(card, view.Attention, TaskWords.Row, view.Attention.Count);
        }

        return card.Build();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
