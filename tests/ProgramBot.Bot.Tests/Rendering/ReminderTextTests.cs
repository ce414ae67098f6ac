using ProgramBot.Application.Reminders;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Tests.Rendering;

public sealed class ReminderTextTests
{
    [Fact]
    public void Render_SaysForEachTaskWhetherItIsDueTomorrowOrOverdue()
    {
        var view = new ReminderView("Carol", [
            new ReminderLine("WEB-1", "Spec", new DateOnly(2026, 11, 27), ReminderKind.DueTomorrow),
            new ReminderLine("WEB-2", "Tests", new DateOnly(2026, 11, 25), ReminderKind.Overdue)]);

        var text = TextRenderer.Render(view);

        Assert.StartsWith(
            "Reminder for Carol:\n- **WEB-1** Spec is due tomorrow, Fri 2026-11-27\n- **WEB-2** Tests is overdue: it was due Wed 2026-11-25",
            text,
            StringComparison.Ordinal);
    }
}
