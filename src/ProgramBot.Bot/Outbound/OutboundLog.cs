using Microsoft.Extensions.Logging;

namespace ProgramBot.Bot.Outbound;

/// <summary>What the outbound pipelines and the turn's reply budget report.</summary>
public static partial class OutboundLog
{
    [LoggerMessage(1, LogLevel.Information, "{Client} call to {Authority} failed ({Outcome}); try {Attempt} follows in {Delay}")]
    public static partial void RetryScheduled(ILogger logger, string client, string authority, string outcome, int attempt, TimeSpan delay);

    [LoggerMessage(2, LogLevel.Warning, "{Client} {Method} to {Authority} failed ambiguously ({Outcome}); not retried, it may have arrived and is not idempotent")]
    public static partial void AmbiguousNotRetried(ILogger logger, string client, string method, string authority, string outcome);

    [LoggerMessage(3, LogLevel.Warning, "{Client} circuit to {Authority} opened for {BreakDuration} ({Outcome})")]
    public static partial void CircuitOpened(ILogger logger, string client, string authority, TimeSpan breakDuration, string outcome);

    [LoggerMessage(4, LogLevel.Information, "{Client} circuit to {Authority} closed")]
    public static partial void CircuitClosed(ILogger logger, string client, string authority);

    [LoggerMessage(5, LogLevel.Warning, "Replies of {ActivityType} turn {ActivityId} in {ConversationId} not delivered within {Budget}; the turn ends without them")]
    public static partial void ReplyTimedOut(ILogger logger, string? activityType, string? activityId, string? conversationId, TimeSpan budget);

    [LoggerMessage(6, LogLevel.Warning, "The apology for failed turn {ActivityId} in {ConversationId} could not be delivered either")]
    public static partial void ApologyNotDelivered(ILogger logger, Exception exception, string? conversationId, string? activityId);
}
