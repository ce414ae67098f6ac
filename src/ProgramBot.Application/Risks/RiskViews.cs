using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Members;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Risks;

/// <summary>Builds risk views with owner names and scope keys, reading each kind of name once.</summary>
public static class RiskViews
{
    public static async Task<IReadOnlyList<RiskView>> CreateAsync(
        IUnitOfWork uow, long workspaceId, IReadOnlyList<Risk> risks, RiskPolicy policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(risks);
        ArgumentNullException.ThrowIfNull(policy);
        if (risks.Count == 0)
        {
            return [];
        }

        var owners = await MemberNames.ReadAsync(uow, workspaceId, risks.Select(r => r.OwnerId), ct);
        var projects = risks.Any(r => r.ProjectId is not null)
            ? (await uow.Projects.ListAsync(workspaceId, ct)).ToDictionary(p => p.Id, p => p.Key.Value)
            : [];
        var programs = risks.Any(r => r.ProgramId is not null)
            ? (await uow.Programs.ListAsync(workspaceId, ct)).ToDictionary(p => p.Id, p => p.Key.Value)
            : [];
        return [.. risks.Select(r => new RiskView(
            r.Id.ToString(), r.Title,
            r.ProjectId is { } projectId ? projects.GetValueOrDefault(projectId, "?") : programs.GetValueOrDefault(r.ProgramId!.Value, "?"),
            r.Probability, r.Impact, r.Score, policy.Band(r.Score),
            r.OwnerId is { } ownerId ? owners.GetValueOrDefault(ownerId) : null,
            r.Mitigation, r.ReviewDate, r.Status, r.ClosingNote))];
    }
}
