using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Slack.Blocks;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Turns a view into the activity the Slack adapter posts: the text replies' words as mrkdwn (the
/// notification and fallback text) and, where the view has them, Block Kit blocks in the channel data.
/// </summary>
public static class SlackReplyFactory
{
    /// <summary>Null when the view has nothing to say.</summary>
    public static IMessageActivity? Create(View view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = TextRenderer.Render(view);
        var hasBlocks = BlockKitRenderer.TryRender(view, out var blocks);
        if (text.Length == 0 && !hasBlocks)
        {
            return null;
        }

        return Message(text, hasBlocks ? blocks!.ToJsonString() : null);
    }

    /// <summary>A plain message; <paramref name="blocksJson"/> is a Block Kit array or null.</summary>
    public static IMessageActivity Message(string markdown, string? blocksJson = null, bool ephemeral = false)
    {
        var reply = MessageFactory.Text(Teams.Cards.CardText.Cut(SlackText.FromMarkdown(markdown), SlackLimits.MessageTextChars));
        reply.ChannelData = new SlackMessageData { Blocks = blocksJson, Ephemeral = ephemeral };
        return reply;
    }
}
