using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ProgramBot.Application.Approvals;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Bot.Channels.Slack.Blocks;
using ProgramBot.Bot.Channels.Teams;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels;

/// <summary>Chooses the renderer by channel: Block Kit for Slack, Adaptive Cards for Teams and every other Bot Framework channel.</summary>
public static class ChannelReplies
{
    public static bool IsSlack(string? channelId) => string.Equals(channelId, SlackConversation.ChannelId, StringComparison.Ordinal);

    /// <summary>Null when the view has nothing to say.</summary>
    public static IMessageActivity? Create(string? channelId, View view) =>
        IsSlack(channelId) ? SlackReplyFactory.Create(view) : TeamsReplyFactory.Create(view);

    /// <summary>
    /// What the bot posts or updates on its own (no turn to answer): an approval as posted for everyone, a
    /// requester's notice with its mention, else the view's reply. Null when the view has nothing to say.
    /// </summary>
    public static IMessageActivity? Proactive(string? channelId, View view) => view switch
    {
        ApprovalView approval => Approval(channelId, approval),
        RequesterNotice notice => Mention(channelId, notice.ChannelUserId, notice.Name, notice.Text),
        _ => Create(channelId, view),
    };

    /// <summary>
    /// An approval as posted for everyone: in Teams the read-only card (pending approvers get their buttons
    /// through its refresh); in Slack the blocks with the buttons while anyone may still decide.
    /// </summary>
    public static Activity Approval(string? channelId, ApprovalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return (Activity)(IsSlack(channelId)
            ? SlackReplyFactory.Message(TextRenderer.Render(view), SlackApprovalBlocks.Render(view).ToJsonString())
            : MessageFactory.Attachment(CardAttachment.From(ApprovalCardRenderer.Render(view, readOnly: true)), TextRenderer.Render(view)));
    }

    /// <summary>A short text only the asker needs (Slack: ephemeral through the response URL).</summary>
    public static IMessageActivity Notice(string? channelId, string text) =>
        IsSlack(channelId) ? SlackReplyFactory.Message(text, ephemeral: true) : MessageFactory.Text(text);

    /// <summary>Tells a person something, notifying them: a mention entity in Teams, <c>&lt;@U…&gt;</c> in Slack.</summary>
    public static IMessageActivity Mention(string? channelId, string channelUserId, string name, string text)
    {
        if (IsSlack(channelId))
        {
            var reply = SlackReplyFactory.Message(text);
            reply.Text = $"<@{SlackText.Escape(channelUserId)}> {reply.Text}";
            return reply;
        }

        var notice = MessageFactory.Text($"<at>{name}</at> {text}");
        notice.Entities = [TeamsMentions.Entity(channelUserId, name)];
        return notice;
    }
}
