using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Rendering;

public static class HelpText
{
    public static string Render(HelpView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var heading = view.Topic is null ? "Here's what I can do:" : $"Commands for {view.Topic}:";
        var lines = view.Entries.Select(e => $"- `{e.Usage}` — {e.Description}");
        var footer = view.Topic is null ? "\n\nType `help task` or `help project` for details." : string.Empty;
        return $"{heading}\n{string.Join('\n', lines)}{footer}";
    }
}
