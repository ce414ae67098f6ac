namespace ProgramBot.Web.Logging;

internal static partial class WebLog
{
    [LoggerMessage(1, LogLevel.Error, "Turn failed for {ActivityType} activity {ActivityId} on {ChannelId} in conversation {ConversationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, string? channelId, string? conversationId, string? activityId);

    [LoggerMessage(2, LogLevel.Warning, "Bot Framework authentication is OFF: no MicrosoftAppId is configured. Use this only for local testing.")]
    public static partial void AuthenticationOff(ILogger logger);

    [LoggerMessage(3, LogLevel.Information, "Bot Framework authentication is on for app {MicrosoftAppId} ({MicrosoftAppType})")]
    public static partial void AuthenticationOn(ILogger logger, string microsoftAppId, string microsoftAppType);

    [LoggerMessage(4, LogLevel.Warning, "Refused a request to {Path}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, string path, string reason);

    [LoggerMessage(5, LogLevel.Warning, "Refused the credential of activity {ActivityId} on {ChannelId}: {Reason} ({ExceptionType})")]
    public static partial void CredentialRefused(ILogger logger, string reason, string exceptionType, string? channelId, string? activityId);

    [LoggerMessage(6, LogLevel.Information, "Slack retried event {EventId} (attempt {RetryNum}, {RetryReason})")]
    public static partial void SlackRetry(ILogger logger, string? eventId, string retryNum, string retryReason);

    [LoggerMessage(7, LogLevel.Error, "A Slack worker could not reach the inbox; it looks again shortly")]
    public static partial void SlackInboxFailed(ILogger logger, Exception exception);

    [LoggerMessage(8, LogLevel.Information, "Slack event {EventId} of team {Team} is stored already; acknowledged again")]
    public static partial void SlackDuplicate(ILogger logger, string eventId, string team);

    [LoggerMessage(9, LogLevel.Error, "The Slack inbox could not store a {Kind} of team {Team}: the database failed; refused so that it is sent again")]
    public static partial void SlackInboxStorageFailed(ILogger logger, Exception exception, string kind, string team);
}
