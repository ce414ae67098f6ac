using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Approvals;

/// <summary>
/// Approve or Reject from a card. The server decides who may decide — never the card — and the
/// decision is one conditional update before any message is sent, so double clicks, racing
/// approvers and re-sent invokes end in exactly one decision.
/// </summary>
public sealed class ApprovalDecisionHandler(IDataStore store)
{
    public async Task<ApprovalDecisionOutcome> DecideAsync(
        ApprovalId id, bool approve, string? comment, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await store.WriteAsync<ApprovalDecisionOutcome>(
            async (uow, ct) =>
            {
                var request = await uow.Approvals.FindAsync(context.WorkspaceId, id, ct);
                if (request is null)
                {
                    return new ApprovalDecisionOutcome(null, false, $"There's no approval {id} here.", [], null);
                }

                if (await ActivityClaim.ClaimAsync(uow, context, ct) is not null)
                {
                    return await UnchangedAsync(uow, request, null, context, ct);
                }

                if (request.IsExpired(context.Today))
                {
                    await uow.Approvals.ExpireAsync(context.WorkspaceId, id, context.Now, ct);
                    request.Expire();
                    return await UnchangedAsync(uow, request, $"{id} expired: it was due {request.DueDate:yyyy-MM-dd}.", context, ct);
                }

                var status = request.Decide(context.Sender.Id, approve, comment, context.Today, context.Now);
                if (!status.IsSuccess)
                {
                    var why = status.Error!.Code == "approval.decided" ? await LateClick.DescribeAsync(uow, request, context, ct) : status.Error.Message;
                    return await UnchangedAsync(uow, request, why, context, ct);
                }

                if (!await uow.Approvals.RecordDecisionAsync(context.WorkspaceId, id, request.Decisions[^1], status.Value, ct))
                {
                    var current = (await uow.Approvals.FindAsync(context.WorkspaceId, id, ct))!;
                    return await UnchangedAsync(uow, current, await LateClick.DescribeAsync(uow, current, context, ct), context, ct);
                }

                return await RecordedAsync(uow, request, approve, context, ct);
            },
            cancellationToken);
        return result.Value;
    }

    private static async Task<Result<ApprovalDecisionOutcome>> RecordedAsync(
        IUnitOfWork uow, ApprovalRequest request, bool approve, CommandContext context, CancellationToken ct)
    {
        var decision = request.Decisions[^1];
        var action = approve ? "approved" : "rejected";
        var details = JsonSerializer.Serialize(new { decision = action, decision.Comment, status = request.Status.ToString() });
        await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "approval", request.Id.ToString(), action, details, context.Now), ct);
        if (request.RiskNumber is { } risk && request.Status != ApprovalStatus.Pending)
        {
            var outcome = JsonSerializer.Serialize(new { approval = request.Id.ToString(), status = request.Status.ToString(), decision.Comment });
            await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "risk", "R-" + risk, "acceptance " + request.Status.ToString().ToLowerInvariant(), outcome, context.Now), ct);
        }

        var view = await ApprovalViews.CreateAsync(uow, request, context.TimeZone, ct);
        var messages = await uow.Approvals.ListMessagesAsync(context.WorkspaceId, request.Id, ct);
        RequesterNotice? notice = null;
        if (request.Status != ApprovalStatus.Pending)
        {
            var requester = (await uow.Members.GetByIdsAsync(context.WorkspaceId, [request.RequesterId], ct))[0];
            var because = decision.Comment is null ? string.Empty : $" (\"{decision.Comment}\")";
            notice = new RequesterNotice(requester.Name, requester.ChannelUserId, $"{request.Id} \"{request.Subject}\" was {request.Status.ToString().ToLowerInvariant()} by {context.Sender.Name}{because}.");
        }

        // In the decision's transaction: every copy is now behind, and the notice is owed, whatever becomes of the
        // turn that tries them first (see ApprovalCopyJob).
        await uow.ApprovalCopies.MarkOutdatedAsync(context.WorkspaceId, request.Id, view.Version, ct);
        if (notice is not null && messages.Count > 0)
        {
            await uow.ApprovalCopies.AddNoticeAsync(context.WorkspaceId, request.Id, notice, context.Now, ct);
        }

        return new ApprovalDecisionOutcome(view, true, null, messages, notice);
    }

    private static async Task<Result<ApprovalDecisionOutcome>> UnchangedAsync(
        IUnitOfWork uow, ApprovalRequest request, string? refusal, CommandContext context, CancellationToken ct) =>
        new ApprovalDecisionOutcome(await ApprovalViews.CreateAsync(uow, request, context.TimeZone, ct), false, refusal, [], null);
}
