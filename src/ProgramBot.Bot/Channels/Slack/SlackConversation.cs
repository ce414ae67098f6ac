namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// A Slack conversation as the bot core sees it: <c>team:channel</c>, or <c>team:channel:thread_ts</c>
/// inside a thread, so a thread keeps its own guided forms and its replies stay in the thread.
/// </summary>
public sealed record SlackConversation(string Team, string Channel, string? ThreadTs = null)
{
    public const string ChannelId = "slack";

    public string Id => ThreadTs is null ? $"{Team}:{Channel}" : $"{Team}:{Channel}:{ThreadTs}";

    /// <summary>Null unless <paramref name="id"/> is a Slack team and channel id, and a thread's ts when there is one.</summary>
    public static SlackConversation? Parse(string? id)
    {
        var parts = (id ?? string.Empty).Split(':');
        return parts.Length is 2 or 3 && IsSlackId(parts[0]) && IsSlackId(parts[1]) && (parts.Length == 2 || IsTs(parts[2]))
            ? new SlackConversation(parts[0], parts[1], parts.Length == 3 ? parts[2] : null)
            : null;
    }

    private static bool IsSlackId(string part) => part.Length > 0 && part.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    private static bool IsTs(string part) => part.Length > 0 && part.All(c => char.IsAsciiDigit(c) || c == '.');
}
