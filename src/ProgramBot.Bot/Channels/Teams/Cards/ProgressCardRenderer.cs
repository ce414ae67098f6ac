using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>A stored progress report: percent and RAG colour, who reported, why, done, next and blockers.</summary>
public static class ProgressCardRenderer
{
    public static JsonObject Render(ProgressView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var card = new CardBuilder()
            .Add(CardElements.Subtle("Progress · " + CardText.Escape(view.Target)))
            .Add(CardElements.Heading(string.Create(CultureInfo.InvariantCulture, $"{view.Percent}% complete")));
        var rag = view.Rag is { } value ? ProgressText.Rag(value) : "no RAG";
        card.Add(CardElements.Colored(rag, Color(view.Rag)))
            .Add(CardElements.Subtle("by " + CardText.Escape(view.ReporterName, CardLimits.NameChars)));
        AddIf(card, "Why", view.RagReason);
        AddIf(card, "Done", view.Done);
        AddIf(card, "Next", view.Next);
        AddIf(card, "Blockers", view.Blockers);
        return card.Build();
    }

    /// <summary>The TextBlock colour for a RAG: attention for red, warning for amber, good for green, default for none.</summary>
    public static string Color(Rag? rag) => rag switch
    {
        Rag.Red => "attention",
        Rag.Amber => "warning",
        Rag.Green => "good",
        _ => "default",
    };

    private static void AddIf(CardBuilder card, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            card.Add(CardElements.Text($"**{label}:** {CardText.Escape(text, CardLimits.TextChars)}"));
        }
    }
}
