namespace ProgramBot.Bot.Channels.Slack;

/// <summary>One installed Slack workspace (<c>Slack:Workspaces:&lt;team id&gt;</c>).</summary>
public sealed class SlackWorkspaceOptions
{
    /// <summary>The bot token (<c>xoxb-…</c>) the Web API calls of this workspace use.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The bot's user id, so a mention of the bot is not read as a person; learnt from events when unset.</summary>
    public string? BotUserId { get; set; }
}
