namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// A Slack conversation as the bot core sees it: <c>team:channel</c>, or <c>team:channel:thread_ts</c>
/// inside a thread, so a thread keeps its own guided forms and its replies stay in the thread.
/// </summary>
public sealed record SlackConversation(string Team, string Channel, string? ThreadTs = null)
{
    public const string ChannelId = "slack";

    public string Id => ThreadTs is null ? $"{Team}:{Channel}" : $"{Team}:{Channel}:{ThreadTs}";

    public static SlackConversation? Parse(string? id)
    {
        var parts = (id ?? string.Empty).Split(':');
        return parts.Length is 2 or 3 && parts.All(p => p.Length > 0)
            ? new SlackConversation(parts[0], parts[1], parts.Length == 3 ? parts[2] : null)
            : null;
    }
}
