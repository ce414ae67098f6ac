using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>A stored progress report: percent and RAG, who reported, why, done, next and blockers.</summary>
public static class SlackProgressBlocks
{
    public static JsonArray Render(ProgressView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var rag = view.Rag is { } value ? ProgressText.Rag(value) : "no RAG";
        var blocks = new SlackBlocks()
            .Context("Progress · " + SlackText.Escape(view.Target))
            .Section(string.Create(CultureInfo.InvariantCulture, $"*{view.Percent}% complete* · {rag}"))
            .Context("by " + SlackText.Escape(view.ReporterName, SlackLimits.NameChars));
        foreach (var (label, text) in new[] { ("Why", view.RagReason), ("Done", view.Done), ("Next", view.Next), ("Blockers", view.Blockers) })
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                blocks.Section($"*{label}:* {SlackText.Escape(text, SlackLimits.TextChars)}");
            }
        }

        return blocks.Build();
    }
}
