namespace ProgramBot.Bot.Proactive;

/// <summary>The bot's Microsoft App ID (empty when authentication is off), for messages the bot starts.</summary>
public sealed record BotIdentity(string AppId);
