using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>The first risks that matched (at most ten rows), each score in its band colour, and "+N more".</summary>
public static class RiskListCardRenderer
{
    public static JsonObject Render(RiskListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var card = new CardBuilder();
        var heading = CardText.Escape(view.Heading, CardLimits.TitleChars);
        if (view.Items.Count == 0)
        {
            return card.Add(CardElements.Heading(heading)).Add(CardElements.Text("None.")).Build();
        }

        card.Add(CardElements.Heading(string.Create(CultureInfo.InvariantCulture, $"{heading} ({view.Total})")));
        RowBudget.AddRows(card, view.Items, r => CardElements.Separated(RiskWords.Row(r)), view.Total);
        return card.Build();
    }
}
