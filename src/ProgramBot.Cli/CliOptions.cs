namespace ProgramBot.Cli;

/// <summary>What the user asked for on the command line.</summary>
internal sealed record CliOptions(
    Uri BotUrl,
    string UserName,
    string ConversationId,
    string TimeZoneId,
    string ChannelId,
    string? TenantId,
    IReadOnlyList<string> Commands,
    bool ShowHelp)
{
    public const string DefaultUrl = "http://localhost:3978";
    public const string DefaultConversationId = "cli-conversation";
    public const string DefaultChannelId = "programbot-cli";

    public bool IsOneShot => Commands.Count > 0;

    /// <summary>The bot url without a trailing slash, as sent in <c>serviceUrl</c>.</summary>
    public string ServiceUrl => BotUrl.AbsoluteUri.TrimEnd('/');

    /// <summary>Where activities are posted.</summary>
    public Uri MessagesEndpoint => new(ServiceUrl + "/api/messages");
}
