using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Programs;

namespace ProgramBot.Application.Risks;

/// <summary>What to tell a program's stakeholders about one escalation, and where: read in one snapshot.</summary>
internal static class EscalationNoticeReader
{
    public static async Task<EscalationNoticeText?> ReadAsync(IUnitOfWork uow, long workspaceId, long escalationId, CancellationToken ct)
    {
        if (await uow.Risks.FindEscalationAsync(workspaceId, escalationId, ct) is not { } escalation
            || await uow.Risks.FindAsync(workspaceId, escalation.Risk, ct) is not { } risk)
        {
            return null;
        }

        var project = risk.ProjectId is { } projectId ? await uow.Projects.FindByIdAsync(workspaceId, projectId, ct) : null;
        var programId = project?.ProgramId ?? risk.ProgramId;
        if (programId is null || await uow.Programs.FindByIdAsync(workspaceId, programId.Value, ct) is not { } program)
        {
            return null;
        }

        var stakeholders = await StakeholderChats.ReadAsync(uow, workspaceId, program.Id, ct);
        var policy = await uow.Workspaces.GetRiskPolicyAsync(workspaceId, ct);
        var decider = escalation.EscalatedToId is { } id ? (await uow.Members.GetByIdsAsync(workspaceId, [id], ct)) is [var member, ..] ? member : null : null;
        var where = project is null ? $"program {program.Key}" : $"project {project.Key} of program {program.Key}";
        var band = policy.Band(escalation.Score).ToString().ToLowerInvariant();
        var who = decider is null
            ? "no one manages it yet to decide: name a program manager"
            : $"{decider.Name} is asked to decide";
        var text = $"⚠️ Risk {risk.Id} {risk.Title} (score {escalation.Score}, {band}) in {where} reached the escalation threshold; {who}. "
            + "You hear this as a stakeholder of the program.";
        return new EscalationNoticeText(text, stakeholders.Chats);
    }
}
