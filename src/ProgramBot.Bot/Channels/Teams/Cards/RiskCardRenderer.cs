using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>A risk after a change: score in its band colour, mitigation, review date, closing note, escalation.</summary>
public static class RiskCardRenderer
{
    public static JsonObject Render(RiskChangedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var risk = view.Risk;
        var heading = RiskWords.Heading(view.Change);
        var card = new CardBuilder()
            .Add(CardElements.Subtle($"{heading} · {CardText.Escape(risk.Id)}"))
            .Add(CardElements.Heading(CardText.Escape(risk.Title, CardLimits.TitleChars)))
            .Add(CardElements.Colored(RiskWords.Score(risk), RiskWords.Color(risk.Band)));
        var facts = new FactList()
            .Add("Scope", CardText.Escape(risk.Scope))
            .Add("Owner", RiskWords.Owner(risk))
            .Add("Status", RiskWords.Status(risk.Status))
            .AddIf("Review", risk.ReviewDate is { } review ? TextRenderer.Date(review) : null);
        card.Add(facts.ToElement());
        if (view.Change != RiskChangeKind.Closed && risk.Mitigation is { } mitigation)
        {
            card.Add(CardElements.Text("**Mitigation:** " + CardText.Escape(mitigation, CardLimits.TextChars)));
        }

        if (risk.ClosingNote is { } note)
        {
            card.Add(CardElements.Text("**Note:** " + CardText.Escape(note, CardLimits.TextChars)));
        }

        if (view.EscalatedTo is { } escalation)
        {
            card.Add(CardElements.Colored(
                $"Escalated to {CardText.Escape(escalation.Name, CardLimits.NameChars)} ({CardText.Escape(escalation.Role, CardLimits.NameChars)}): "
                + "the score reached the escalation threshold.",
                "attention"));
        }

        return card.Build();
    }
}
