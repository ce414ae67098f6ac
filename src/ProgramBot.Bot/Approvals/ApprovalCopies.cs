using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Approvals;
using ProgramBot.Bot.Channels;
using ProgramBot.Bot.Outbound;

namespace ProgramBot.Bot.Approvals;

/// <summary>
/// After a decision: every posted copy of the card is updated in place, and the requester is told
/// the outcome beside the first copy. A copy that cannot be updated is logged, never fatal. They go out
/// within the deciding turn's reply budget (<see cref="ReplyBudget"/>), so a slow channel never holds the click.
/// </summary>
public sealed partial class ApprovalCopies(ReplyBudget budget, ILogger<ApprovalCopies> logger)
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
            await SafelyAsync(turnContext, message.ActivityId, bounded => turnContext.Adapter.ContinueConversationAsync(identity, reference, async (context, ct) =>
            {
                var update = ChannelReplies.Approval(message.ChannelId, outcome.Approval);
                update.Id = message.ActivityId;
                await context.UpdateActivityAsync(update, ct);
            }, bounded), cancellationToken);
        }

        if (outcome.Requester is { } requester && outcome.Messages.Count > 0)
        {
            var reference = PostedMessages.ToReference(outcome.Messages[0], turnContext.Activity.Recipient);
            await SafelyAsync(turnContext, outcome.Messages[0].ActivityId, bounded => turnContext.Adapter.ContinueConversationAsync(identity, reference, (context, ct) =>
            {
                var notice = ChannelReplies.Mention(outcome.Messages[0].ChannelId, requester.ChannelUserId, requester.Name, requester.Text);
                return context.SendActivityAsync(notice, ct);
            }, bounded), cancellationToken);
        }
    }

    // A copy in a conversation the bot has left must not undo a decision already made: log and go on.
    private async Task SafelyAsync(ITurnContext turnContext, string activityId, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        try
        {
            await budget.RunAsync(turnContext, async ct => { await send(ct); return true; }, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            CopyFailed(logger, exception, activityId);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Could not update or notify beside approval card {ActivityId}")]
    private static partial void CopyFailed(ILogger logger, Exception exception, string activityId);
}
