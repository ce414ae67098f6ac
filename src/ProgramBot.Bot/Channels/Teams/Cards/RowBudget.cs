using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>
/// Adds list rows to a card until <see cref="CardLimits.MaxRows"/> or the byte budget is reached,
/// then one "+N more" line for the rest, so a list never pushes a card over the Teams limit.
/// </summary>
public static class RowBudget
{
    /// <returns>How many rows were added.</returns>
    public static int AddRows<T>(CardBuilder card, IReadOnlyList<T> items, Func<T, JsonObject> row, int total, int maxRows = CardLimits.MaxRows)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(row);
        var used = 0;
        var shown = 0;
        foreach (var item in items.Take(maxRows))
        {
            var element = row(item);
            var bytes = CardSize.Bytes(element);
            if (used + bytes > CardLimits.ListBudgetBytes)
            {
                break;
            }

            card.Add(element);
            used += bytes;
            shown++;
        }

        var more = Math.Max(total, items.Count) - shown;
        if (more > 0)
        {
            card.Add(CardElements.Subtle($"+{more} more"));
        }

        return shown;
    }
}
