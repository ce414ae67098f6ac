using Microsoft.Extensions.Logging;

namespace ProgramBot.Application.Slips;

/// <summary>Structured logs of slip notices: ids and outcomes, never message text.</summary>
internal static partial class SlipLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Slip {ChangeId} in workspace {WorkspaceId}: {Sent} of {Conversations} conversations told")]
    public static partial void Notified(ILogger logger, long changeId, long workspaceId, int sent, int conversations);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Slip {ChangeId} notice to conversation {ConversationId} not delivered: {Outcome}")]
    public static partial void NotDelivered(ILogger logger, long changeId, string conversationId, string outcome);
}
