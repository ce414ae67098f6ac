using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>The first tasks that matched (at most ten rows) and "+N more" for the rest.</summary>
public static class TaskListCardRenderer
{
    public static JsonObject Render(TaskListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var card = new CardBuilder();
        if (view.Items.Count == 0)
        {
            return card.Add(CardElements.Heading(CardText.Escape(view.Heading, CardLimits.TitleChars)))
                .Add(CardElements.Text("None."))
                .Build();
        }

        card.Add(CardElements.Heading(
            string.Create(CultureInfo.InvariantCulture, $"{CardText.Escape(view.Heading, CardLimits.TitleChars)} ({view.Total})")));
        RowBudget.AddRows(card, view.Items, t => CardElements.Separated(TaskWords.Row(t)), view.Total);
        return card.Build();
    }
}
