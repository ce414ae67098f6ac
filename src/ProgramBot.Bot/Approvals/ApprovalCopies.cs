using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Approvals;
using ProgramBot.Bot.Channels;

namespace ProgramBot.Bot.Approvals;

/// <summary>
/// After a decision: every posted copy of the card is updated in place, and the requester is told
/// the outcome beside the first copy. A copy that cannot be updated is logged, never fatal.
/// </summary>
public sealed partial class ApprovalCopies(ILogger<ApprovalCopies> logger)
{
    public async Task UpdateAsync(ITurnContext turnContext, ApprovalDecisionOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.Changed || outcome.Approval is null)
        {
            return;
        }

        var identity = turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey);
        foreach (var message in outcome.Messages)
        {
            var reference = PostedMessages.ToReference(message, turnContext.Activity.Recipient);
            await SafelyAsync(message.ActivityId, () => turnContext.Adapter.ContinueConversationAsync(identity, reference, async (context, ct) =>
            {
                var update = ChannelReplies.Approval(message.ChannelId, outcome.Approval);
                update.Id = message.ActivityId;
                await context.UpdateActivityAsync(update, ct);
            }, cancellationToken));
        }

        if (outcome.Requester is { } requester && outcome.Messages.Count > 0)
        {
            var reference = PostedMessages.ToReference(outcome.Messages[0], turnContext.Activity.Recipient);
            await SafelyAsync(outcome.Messages[0].ActivityId, () => turnContext.Adapter.ContinueConversationAsync(identity, reference, (context, ct) =>
            {
                var notice = ChannelReplies.Mention(outcome.Messages[0].ChannelId, requester.ChannelUserId, requester.Name, requester.Text);
                return context.SendActivityAsync(notice, ct);
            }, cancellationToken));
        }
    }

    // A copy in a conversation the bot has left must not undo a decision already made: log and go on.
    private async Task SafelyAsync(string activityId, Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            CopyFailed(logger, exception, activityId);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Could not update or notify beside approval card {ActivityId}")]
    private static partial void CopyFailed(ILogger logger, Exception exception, string activityId);
}
