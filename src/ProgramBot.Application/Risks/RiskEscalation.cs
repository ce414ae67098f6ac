using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Approvals;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Risks;

/// <summary>
/// A risk whose score reaches the workspace's threshold is escalated to the program's manager,
/// or to the project's manager when the project has no program. The escalation is recorded
/// with a risk-acceptance approval addressed to that manager, and the reply mentions them. A risk
/// of a program is also told to the program's stakeholders (<see cref="EscalationNoticeJob"/>).
/// </summary>
public static class RiskEscalation
{
    public static async Task<EscalationNotice?> EscalateIfNeededAsync(
        IUnitOfWork uow, Risk risk, int? previousScore, RiskPolicy policy, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(context);
        if (!risk.IsOpen || !policy.Escalates(risk.Score) || (previousScore is { } before && policy.Escalates(before)))
        {
            return null;
        }

        var (managerId, role, programId) = await FindManagerAsync(uow, risk, context.WorkspaceId, ct);
        var escalationId = await uow.Risks.AddEscalationAsync(context.WorkspaceId, risk.Id, risk.Score, managerId, context.Now, ct);
        if (programId is not null)
        {
            // The program's stakeholders hear of it in their personal chats, from the outbox, after the commit.
            await uow.Notices.AddJobAsync(
                context.WorkspaceId, EscalationNoticeJob.JobKind, EscalationNoticeJob.ArgumentFor(context.WorkspaceId, escalationId), context.Now, ct);
        }

        var managers = managerId is { } id ? await uow.Members.GetByIdsAsync(context.WorkspaceId, [id], ct) : [];
        if (managers.Count == 0)
        {
            return null;
        }

        var draft = new ApprovalDraft(
            ApprovalKind.RiskAcceptance, $"Accept risk {risk.Id}: {risk.Title} (score {risk.Score})", risk.ProjectId, context.Sender.Id,
            [managers[0].Id], ApprovalPolicy.Any, null, risk.Id.Number);
        var approval = await ApprovalRequestHandler.CreateAsync(uow, draft, context, ct);
        var view = approval.IsSuccess ? await ApprovalViews.CreateAsync(uow, approval.Value, context.TimeZone, ct) : null;
        return new EscalationNotice(managers[0].Name, managers[0].ChannelUserId, role, view);
    }

    private static async Task<(long? ManagerId, string Role, long? ProgramId)> FindManagerAsync(IUnitOfWork uow, Risk risk, long workspaceId, CancellationToken ct)
    {
        var programId = risk.ProgramId;
        long? projectManager = null;
        if (risk.ProjectId is { } projectId && await uow.Projects.FindByIdAsync(workspaceId, projectId, ct) is { } project)
        {
            programId = project.ProgramId;
            projectManager = project.ManagerId;
        }

        var program = programId is { } pid ? await uow.Programs.FindByIdAsync(workspaceId, pid, ct) : null;
        return program?.ManagerId is { } programManager
            ? (programManager, "program manager", program.Id)
            : (projectManager, "project manager", program?.Id);
    }
}
