using System.Net;
using System.Runtime.ExceptionServices;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Approvals;
using ProgramBot.Bot.Channels;
using ProgramBot.Bot.Outbound;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Bot.Approvals;

/// <summary>
/// After a decision: every posted copy of the card is updated in place, and the requester is told the
/// outcome beside the first copy, within the deciding turn's reply budget (<see cref="ReplyBudget"/>), so a
/// slow channel never holds the click and the clicker sees the update at once. Each copy's update is claimed
/// first (for the budget), so it never runs beside the background job's; what each copy now shows is
/// recorded, and a copy the bot can no longer reach (403/404) is given up. Whatever is left — a copy another
/// update holds, an update cut off by the budget or failed, the notice not sent — is queued for
/// <see cref="ApprovalCopyJob"/>; what a killed process left, its sweep finds. Nothing here is fatal: the
/// decision is already committed.
/// </summary>
public sealed partial class ApprovalCopies(ReplyBudget budget, ApprovalCopyLedger ledger, IScheduler scheduler, ILogger<ApprovalCopies> logger)
{
    public const string NoticeDelivered = "Delivered: ok (in the deciding turn)";

    // The turn's deadline may start a moment after the claim (it is made on first use), and a cancelled call needs a moment
    // to end: the claim outlasts the budget by this much, so the background job never takes over an update still running.
    private static readonly TimeSpan ClaimMargin = TimeSpan.FromSeconds(5);

    public async Task UpdateAsync(ITurnContext turnContext, long workspaceId, ApprovalDecisionOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.Changed || outcome.Approval is not { } approval)
        {
            return;
        }

        var id = ApprovalId.Parse(approval.Id).Value;

        // Claimed for the turn's budget, so the background job never updates a copy at the same time; one it holds (or that a
        // newer decision's turn has taken over) is left to the job.
        IReadOnlyList<ApprovalCopyClaim> claims = [];
        var claimed = await BookkeepAsync(
            async () => claims = await ledger.ClaimAsync(workspaceId, id, approval.Version, outcome.Messages, budget.Budget + ClaimMargin, dueOnly: false, cancellationToken),
            approval.Id);
        var results = new List<(ApprovalCopyClaim Claim, DeliveryOutcome Outcome)>();
        foreach (var claim in claims)
        {
            var message = claim.Message;
            var delivered = await SafelyAsync(turnContext, message, (context, ct) =>
            {
                var update = ChannelReplies.Approval(message.ChannelId, approval);
                update.Id = message.ActivityId;
                return context.UpdateActivityAsync(update, ct);
            }, cancellationToken);
            results.Add((claim, delivered));
        }

        var behind = false;
        var recorded = await BookkeepAsync(
            async () => behind = await ledger.RecordAsync(workspaceId, id, approval.Version, results, cancellationToken), approval.Id);
        var left = !claimed || claims.Count < outcome.Messages.Count || !recorded || behind || results.Any(r => r.Outcome == DeliveryOutcome.Failed);
        if (outcome.Requester is { } notice && outcome.Messages.Count > 0)
        {
            left |= !await NotifyAsync(turnContext, workspaceId, id, outcome.Messages[0], notice, cancellationToken);
        }

        if (left)
        {
            await QueueAsync(approval.Id, cancellationToken);
        }
    }

    /// <summary>Claims and posts the notice; false when it is left for the background job (given back, or the bookkeeping failed).</summary>
    private async Task<bool> NotifyAsync(
        ITurnContext turnContext, long workspaceId, ApprovalId id, PostedMessage beside, RequesterNotice notice, CancellationToken cancellationToken)
    {
        DateTimeOffset? claimedAt = null;
        if (!await BookkeepAsync(async () => claimedAt = await ledger.ClaimNoticeAsync(workspaceId, id, cancellationToken), id.ToString()))
        {
            return false;
        }

        if (claimedAt is not { } claim)
        {
            // Sent already, or another instance's job holds it: not this turn's to send.
            return true;
        }

        var mention = ChannelReplies.Mention(beside.ChannelId, notice.ChannelUserId, notice.Name, notice.Text);
        var sent = await SafelyAsync(turnContext, beside, (context, ct) => context.SendActivityAsync(mention, ct), cancellationToken);
        if (sent == DeliveryOutcome.Failed)
        {
            // Not known to have gone out (cut off, or a failure): given back, the background job posts it.
            await BookkeepAsync(() => ledger.ReleaseNoticeAsync(workspaceId, id, claim, cancellationToken), id.ToString());
            return false;
        }

        var outcome = sent == DeliveryOutcome.Delivered ? NoticeDelivered : "Refused: the bot can no longer post beside the card";
        return await BookkeepAsync(() => ledger.CompleteNoticeAsync(workspaceId, id, claim, outcome, cancellationToken), id.ToString());
    }

    /// <summary>
    /// Runs <paramref name="send"/> in the copy's conversation within the turn's budget. Its failure is caught inside
    /// that conversation's turn, so the adapter's error handler never posts an apology there, and read as an outcome:
    /// delivered (Slack, which only logs a failed call, must also answer with the message's id), refused for good, or failed.
    /// </summary>
    private async Task<DeliveryOutcome> SafelyAsync(
        ITurnContext turnContext, PostedMessage message, Func<ITurnContext, CancellationToken, Task<ResourceResponse>> send, CancellationToken cancellationToken)
    {
        var identity = turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey);
        var reference = PostedMessages.ToReference(message, turnContext.Activity.Recipient);
        try
        {
            return await budget.RunAsync(turnContext, async bounded =>
            {
                ResourceResponse? response = null;
                ExceptionDispatchInfo? failure = null;
                await turnContext.Adapter.ContinueConversationAsync(identity, reference, async (context, ct) =>
                {
                    try
                    {
                        response = await send(context, ct);
                    }
                    catch (Exception exception)
                    {
                        failure = ExceptionDispatchInfo.Capture(exception);
                    }
                }, bounded);
                failure?.Throw();
                return ChannelReplies.IsSlack(message.ChannelId) && string.IsNullOrEmpty(response?.Id) ? DeliveryOutcome.Failed : DeliveryOutcome.Delivered;
            }, cancellationToken);
        }
        catch (ErrorResponseException refused) when (refused.Response?.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            CopyRefused(logger, message.ActivityId, (int)refused.Response.StatusCode);
            return DeliveryOutcome.Refused;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            CopyFailed(logger, exception, message.ActivityId);
            return DeliveryOutcome.Failed;
        }
    }

    /// <summary>A write about the copies; when the database cannot take it, the sweep finds the same work again later.</summary>
    private async Task<bool> BookkeepAsync(Func<Task> write, string approvalId)
    {
        try
        {
            await write();
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            BookkeepingFailed(logger, exception, approvalId);
            return false;
        }
    }

    private async Task QueueAsync(string approvalId, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.EnqueueAsync(ApprovalCopyJob.JobKind, ApprovalCopyJob.Argument, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Scheduling is off, or its storage failed: the sweep of a process that runs scheduled work finds the copies.
            QueueFailed(logger, exception, approvalId);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Could not update or notify beside approval card {ActivityId}; left for the background job")]
    private static partial void CopyFailed(ILogger logger, Exception exception, string activityId);

    [LoggerMessage(2, LogLevel.Warning, "Approval card {ActivityId} can no longer be reached ({StatusCode}); given up")]
    private static partial void CopyRefused(ILogger logger, string activityId, int statusCode);

    [LoggerMessage(3, LogLevel.Warning, "Could not record what the copies of approval {ApprovalId} show; the sweep will look again")]
    private static partial void BookkeepingFailed(ILogger logger, Exception exception, string approvalId);

    [LoggerMessage(4, LogLevel.Warning, "Could not queue the background update of approval {ApprovalId}'s copies; the sweep will find them")]
    private static partial void QueueFailed(ILogger logger, Exception exception, string approvalId);
}
