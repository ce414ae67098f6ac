using ProgramBot.Domain.Risks;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Application.Abstractions;

public interface IWorkspaceRepository
{
    Task<Workspace?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken);

    /// <summary>Returns the workspace with this external id, creating it first when it is new.</summary>
    Task<Workspace> GetOrAddAsync(string externalId, string defaultTimeZone, DateTimeOffset now, CancellationToken cancellationToken);

    Task<RiskPolicy> GetRiskPolicyAsync(long workspaceId, CancellationToken cancellationToken);

    Task SetRiskPolicyAsync(long workspaceId, RiskPolicy policy, CancellationToken cancellationToken);
}
