using System.Text.Json.Nodes;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>The commands of a topic, one line each (usage in bold, then what it does), typed after <c>/pm</c>.</summary>
public static class SlackHelpBlocks
{
    private const int MaxEntries = 40;

    public static JsonArray Render(HelpView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var blocks = new SlackBlocks()
            .Header(view.Topic is null ? "Here's what I can do" : "Commands for " + view.Topic)
            .List(view.Entries, e => $"*{SlackText.Escape(e.Usage, SlackLimits.TitleChars)}* — {SlackText.Escape(e.Description, SlackLimits.TextChars)}", view.Entries.Count, MaxEntries, maxSections: 4);
        return blocks.Context("Type `/pm <command>`, mention me, or write to me directly. `/pm help task` explains a topic.").Build();
    }
}
