using System.Text.Json.Nodes;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>The commands of a topic, one compact line each: the usage in bold, then what it does.</summary>
public static class HelpCardRenderer
{
    private const int MaxEntries = 40;

    public static JsonObject Render(HelpView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var heading = view.Topic is null ? "Here's what I can do" : "Commands for " + CardText.Escape(view.Topic, CardLimits.NameChars);
        var card = new CardBuilder().Add(CardElements.Heading(heading));
        RowBudget.AddRows(
            card,
            view.Entries,
            e => Compact(CardElements.Text($"**{CardText.Escape(e.Usage, CardLimits.TitleChars)}** — {CardText.Escape(e.Description, CardLimits.TextChars)}")),
            view.Entries.Count,
            MaxEntries);
        if (view.Topic is null)
        {
            card.Add(CardElements.Subtle("Type help task or help project for details."));
        }

        return card.Build();
    }

    private static JsonObject Compact(JsonObject block)
    {
        block["spacing"] = "Small";
        return block;
    }
}
