using ProgramBot.Application.Reminders;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Rendering;

/// <summary>A member's reminder: one line per task, due tomorrow or overdue.</summary>
public static class ReminderText
{
    public static string Render(ReminderView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = view.Lines.Select(l => l.Kind == ReminderKind.Overdue
            ? $"- **{l.TaskId}** {l.Title} is overdue: it was due {TextRenderer.Date(l.Due)}"
            : $"- **{l.TaskId}** {l.Title} is due tomorrow, {TextRenderer.Date(l.Due)}");
        return $"Reminder for {view.MemberName}:\n{string.Join('\n', lines)}\n\nMark one done with `task done <id>`, or move it with `task due <id> <date>`.";
    }
}
