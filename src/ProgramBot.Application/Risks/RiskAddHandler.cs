using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Risks;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Application.Risks;

/// <summary><c>risk add</c>: logs a complete risk at once, or hands an incomplete one to the guided form.</summary>
public sealed class RiskAddHandler(IDataStore store, NoticeOutbox notices)
{
    public async Task<View> HandleAsync(RiskAddCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var view = await store.ChangeAsync(
            context,
            "risk add",
            async (uow, ct) =>
            {
                var scope = await RiskScope.FindAsync(uow, command.Project, command.Program, context, ct);
                if (!scope.IsSuccess)
                {
                    return scope.Error!.Code == ProjectLookup.MissingCode ? new GuidedFormView(GuidedForm.Risk, command) : scope.Error;
                }

                if (command.Title.Length == 0 || command.Probability is null || command.Impact is null)
                {
                    return new GuidedFormView(GuidedForm.Risk, command);
                }

                var owner = await MemberResolver.ResolveOrSenderAsync(uow, command.Owner, context, ct);
                return owner.IsSuccess ? await CreateAsync(uow, command, scope.Value, owner.Value, context, ct) : owner.Error!;
            },
            cancellationToken);

        // An escalation's notices to the program's stakeholders were written with the change: send them now.
        if (view is RiskChangedView)
        {
            await notices.QueuePendingAsync(context.WorkspaceId, cancellationToken);
        }

        return view;
    }

    private static async Task<Result<View>> CreateAsync(
        IUnitOfWork uow, RiskAddCommand command, RiskScope scope, Member owner, CommandContext context, CancellationToken ct)
    {
        var draft = new RiskDraft(
            command.Title, scope.ProjectId, scope.ProgramId, command.Probability!.Value, command.Impact!.Value, owner.Id, command.Mitigation, command.Review);
        var number = await uow.Risks.TakeNextNumberAsync(context.WorkspaceId, ct);
        var created = Risk.Create(draft, context.WorkspaceId, new RiskId(number), context.Sender.Id, context.Today, context.Now);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var risk = created.Value;
        await uow.Risks.AddAsync(risk, ct);
        var details = JsonSerializer.Serialize(new { risk.Title, scope = scope.Key, risk.Probability, risk.Impact, owner = owner.Name });
        await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "risk", risk.Id.ToString(), "created", details, context.Now), ct);
        var policy = await uow.Workspaces.GetRiskPolicyAsync(context.WorkspaceId, ct);
        var escalation = await RiskEscalation.EscalateIfNeededAsync(uow, risk, null, policy, context, ct);
        var views = await RiskViews.CreateAsync(uow, context.WorkspaceId, [risk], policy, ct);
        return new RiskChangedView(views[0], RiskChangeKind.Created, escalation);
    }
}
