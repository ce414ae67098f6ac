namespace ProgramBot.Bot.Channels.Slack;

/// <summary>A Slack user as <c>users.info</c> describes them: the name to show and their IANA time zone.</summary>
public sealed record SlackUser(string Id, string Name, string? TimeZone);
