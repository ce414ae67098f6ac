using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Risks;

/// <summary><c>risk update</c>, <c>risk close</c> and <c>risk bands</c> (the workspace's policy: admins only).</summary>
public sealed class RiskChangeHandler(IDataStore store, NoticeOutbox notices)
{
    public Task<View> UpdateAsync(RiskUpdateCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ChangeAsync(command.Id, context, "risk update", RiskChangeKind.Updated, async (uow, risk, ct) =>
        {
            long? ownerId = null;
            if (command.Owner is not null)
            {
                var owner = await MemberResolver.ResolveAsync(uow, command.Owner, context, mayRegister: true, ct);
                if (!owner.IsSuccess)
                {
                    return owner.Error!;
                }

                ownerId = owner.Value.Id;
            }

            var change = new RiskChange(command.Probability, command.Impact, ownerId, command.Mitigation, command.Review);
            return risk.Update(change, context.Today, context.Now).Map(_ => (object)new { command.Probability, command.Impact, owner = ownerId, command.Mitigation, command.Review });
        }, cancellationToken);
    }

    public Task<View> CloseAsync(RiskCloseCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var outcome = command.Occurred ? RiskStatus.Occurred : RiskStatus.Closed;
        return ChangeAsync(command.Id, context, "risk close", RiskChangeKind.Closed, (_, risk, _) =>
            Task.FromResult(risk.Close(outcome, command.Note, context.Now).Map(_ => (object)new { status = outcome.ToString(), note = command.Note })),
            cancellationToken);
    }

    public Task<View> BandsAsync(RiskBandsCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(context, "risk bands", async (uow, ct) =>
        {
            var allowed = await WorkspaceAdmins.RequireAsync(uow, context, "Only a workspace admin can change the risk bands.", ct);
            if (!allowed.IsSuccess)
            {
                return allowed.Error!;
            }

            var current = await uow.Workspaces.GetRiskPolicyAsync(context.WorkspaceId, ct);
            var policy = RiskPolicy.Create(command.MediumFrom, command.HighFrom, command.CriticalFrom, command.EscalationThreshold ?? current.EscalationThreshold);
            if (!policy.IsSuccess)
            {
                return policy.Error!;
            }

            await uow.Workspaces.SetRiskPolicyAsync(context.WorkspaceId, policy.Value, ct);
            var details = JsonSerializer.Serialize(policy.Value);
            await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "workspace", "risk-bands", "updated", details, context.Now), ct);
            return new RiskBandsView(policy.Value);
        }, cancellationToken);
    }

    private async Task<View> ChangeAsync(
        RiskId id, CommandContext context, string verbPath, RiskChangeKind kind,
        Func<IUnitOfWork, Risk, CancellationToken, Task<Result<object>>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var view = await store.ChangeAsync(context, verbPath, async (uow, ct) =>
        {
            var risk = await uow.Risks.FindAsync(context.WorkspaceId, id, ct);
            if (risk is null)
            {
                return RiskErrors.NotFound(id);
            }

            var before = risk.Score;
            var details = await change(uow, risk, ct);
            if (!details.IsSuccess)
            {
                return details.Error!;
            }

            await uow.Risks.UpdateAsync(risk, ct);
            await uow.Audit.AppendAsync(new AuditEvent(
                context.WorkspaceId, context.Sender.Id, "risk", risk.Id.ToString(), kind.ToString().ToLowerInvariant(),
                JsonSerializer.Serialize(details.Value), context.Now), ct);
            var policy = await uow.Workspaces.GetRiskPolicyAsync(context.WorkspaceId, ct);
            var escalation = await RiskEscalation.EscalateIfNeededAsync(uow, risk, before, policy, context, ct);
            var views = await RiskViews.CreateAsync(uow, context.WorkspaceId, [risk], policy, ct);
            return new RiskChangedView(views[0], kind, escalation);
        }, cancellationToken);

        // An escalation's notices to the program's stakeholders were written with the change: send them now.
        if (view is RiskChangedView)
        {
            await notices.QueuePendingAsync(context.WorkspaceId, cancellationToken);
        }

        return view;
    }
}
