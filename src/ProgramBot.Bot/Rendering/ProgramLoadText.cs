using System.Globalization;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Rendering;

/// <summary><c>program load</c> as text: a line per person with the days due in each week.</summary>
public static class ProgramLoadText
{
    public static string Render(ProgramLoadView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var heading = string.Create(CultureInfo.InvariantCulture, $"**Load of {view.ProgramKey}**, estimated days due per week (capacity {view.CapacityDays:0.##} a week), weeks of ")
            + string.Join(", ", view.WeekStarts.Select(w => w.ToString("d MMM", CultureInfo.InvariantCulture)));
        if (view.Members.Count == 0)
        {
            return heading + "\n\nNo open assigned work is due in these weeks.";
        }

        var lines = view.Members.Select(m => string.Create(CultureInfo.InvariantCulture,
            $"- {(m.Over ? "⚠️ " : string.Empty)}**{m.Name}**: {string.Join(" · ", m.Days.Select(d => d.ToString("0.#", CultureInfo.InvariantCulture)))} ({m.Tasks} {(m.Tasks == 1 ? "task" : "tasks")}){(m.Over ? " — over capacity" : string.Empty)}"));
        return heading + "\n" + string.Join('\n', lines);
    }
}
