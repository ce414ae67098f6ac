using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using ProgramBot.Application.Conversations;

namespace ProgramBot.Bot.Channels.Teams;

/// <summary>
/// Reads a Bot Framework message activity into the channel-neutral <see cref="IncomingMessage"/>:
/// strips the bot's own mention, lists the people mentioned, and finds the workspace (the Teams
/// tenant, or the channel id where there is none).
/// </summary>
public static class TeamsMessageMapper
{
    public static IncomingMessage Map(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var mentions = new List<MentionedUser>();
        foreach (var mention in activity.GetMentions())
        {
            if (mention.Mentioned?.Id is not { Length: > 0 } mentionedId || mention.Text is not { Length: > 0 } mentionText)
            {
                continue;
            }

            if (mentionedId == activity.Recipient?.Id)
            {
                text = text.Replace(mention.Text, string.Empty, StringComparison.Ordinal);
                continue;
            }

            mentions.Add(new MentionedUser(StripTags(mentionText), mentionedId, mention.Mentioned.Name ?? StripTags(mentionText)));
        }

        return new IncomingMessage(
            WorkspaceOf(activity),
            activity.Conversation?.Id ?? string.Empty,
            activity.From?.Id ?? string.Empty,
            activity.From?.Name ?? string.Empty,
            text.Trim(),
            ActivityKeyOf(activity),
            (activity as Activity)?.LocalTimezone,
            mentions,
            AddressOf(activity));
    }

    public static string WorkspaceOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenant = activity.Conversation?.TenantId;
        if (string.IsNullOrWhiteSpace(tenant) && activity is Activity full)
        {
            tenant = full.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }

        return string.IsNullOrWhiteSpace(tenant) ? activity.ChannelId ?? "unknown" : tenant;
    }

    private static ReplyAddress? AddressOf(IActivity activity) =>
        string.IsNullOrEmpty(activity.ServiceUrl) || activity.Recipient?.Id is not { Length: > 0 } botId
            ? null
            : new ReplyAddress(
                activity.ChannelId ?? "unknown", activity.ServiceUrl, activity.Conversation?.TenantId, botId, activity.Recipient.Name, activity.Conversation?.ConversationType);

    private static string? ActivityKeyOf(IActivity activity) =>
        string.IsNullOrEmpty(activity.Id) ? null : $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";

    private static string StripTags(string mentionText) =>
        mentionText.Replace("<at>", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("</at>", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Trim();
}
