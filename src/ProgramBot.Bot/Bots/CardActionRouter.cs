using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using ProgramBot.Application.Approvals;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Tasks;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Approvals;
using ProgramBot.Bot.Channels.Teams;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Bots;

/// <summary>
/// Card buttons (Teams <c>Action.Execute</c> invokes and <c>Action.Submit</c> values) run the same
/// use cases as the text commands. The card's data is never trusted: ids are parsed and the server
/// checks who may act.
/// </summary>
public sealed class CardActionRouter(
    ConversationService conversations, TaskStatusHandler taskStatus, TaskPlanHandler taskPlan,
    ApprovalDecisionHandler decisions, ApprovalQueryHandler approvals, ApprovalCopies copies)
{
    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, string? verb, JObject? data, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var message = TeamsMessageMapper.Map(turnContext.Activity.AsMessageActivity() ?? MessageFromInvoke(turnContext));
        var context = await conversations.ResolveAsync(message, ct);
        var id = (string?)data?["id"] ?? string.Empty;
        return verb switch
        {
            CardVerbs.TaskStart or CardVerbs.TaskDone or CardVerbs.TaskAssignToMe => await TaskAsync(verb, id, context, ct),
            CardVerbs.ApprovalApprove or CardVerbs.ApprovalReject => await DecideAsync(turnContext, verb == CardVerbs.ApprovalApprove, id, (string?)data?[CardVerbs.CommentInputId], context, ct),
            CardVerbs.ApprovalRefresh => await RefreshAsync(id, context, ct),
            _ => new CardActionResult(null, "That button isn't one I know. Try the command in chat instead."),
        };
    }

    private async Task<CardActionResult> TaskAsync(string verb, string id, CommandContext context, CancellationToken ct)
    {
        var taskId = WorkItemId.Parse(id);
        if (!taskId.IsSuccess)
        {
            return new CardActionResult(null, taskId.Error!.Message);
        }

        var view = verb switch
        {
            CardVerbs.TaskStart => await taskStatus.StartAsync(new TaskStartCommand(taskId.Value), context, ct),
            CardVerbs.TaskDone => await taskStatus.DoneAsync(new TaskDoneCommand(taskId.Value), context, ct),
            _ => await taskPlan.AssignAsync(new TaskAssignCommand(taskId.Value, MemberRef.Me), context, ct),
        };
        return ToResult(view);
    }

    private async Task<CardActionResult> DecideAsync(ITurnContext turnContext, bool approve, string id, string? comment, CommandContext context, CancellationToken ct)
    {
        var approvalId = ApprovalId.Parse(id);
        if (!approvalId.IsSuccess)
        {
            return new CardActionResult(null, approvalId.Error!.Message);
        }

        var outcome = await decisions.DecideAsync(approvalId.Value, approve, comment, context, ct);
        await copies.UpdateAsync(turnContext, context.WorkspaceId, outcome, ct);
        return outcome.Refusal is not null || outcome.Approval is null
            ? new CardActionResult(null, outcome.Refusal ?? "Nothing changed.")
            : new CardActionResult(ApprovalCardRenderer.Render(outcome.Approval, ReadOnlyFor(outcome.Approval, context)), null, outcome.Approval);
    }

    private async Task<CardActionResult> RefreshAsync(string id, CommandContext context, CancellationToken ct)
    {
        var approvalId = ApprovalId.Parse(id);
        var view = approvalId.IsSuccess ? await approvals.ReadAsync(approvalId.Value, context, ct) : null;
        return view is null
            ? new CardActionResult(null, $"There's no approval {id} here.")
            : new CardActionResult(ApprovalCardRenderer.Render(view, ReadOnlyFor(view, context)), null, view);
    }

    /// <summary>Only an approver who has not decided yet sees the buttons.</summary>
    private static bool ReadOnlyFor(ApprovalView view, CommandContext context) =>
        !view.PendingApproverIds.Contains(context.Sender.ChannelUserId);

    private static CardActionResult ToResult(View view) =>
        AdaptiveCardRenderer.TryRender(view, out var card) ? new CardActionResult(card, null, view) : new CardActionResult(null, TextRenderer.Render(view));

    private static Microsoft.Bot.Schema.Activity MessageFromInvoke(ITurnContext turnContext)
    {
        var invoke = (Microsoft.Bot.Schema.Activity)turnContext.Activity;
        var copy = (Microsoft.Bot.Schema.Activity)Microsoft.Bot.Schema.Activity.CreateMessageActivity();
        (copy.Id, copy.ChannelId, copy.Conversation, copy.From, copy.Recipient) = (invoke.Id, invoke.ChannelId, invoke.Conversation, invoke.From, invoke.Recipient);
        (copy.ChannelData, copy.LocalTimezone, copy.Text) = (invoke.ChannelData, invoke.LocalTimezone, string.Empty);
        return copy;
    }
}
