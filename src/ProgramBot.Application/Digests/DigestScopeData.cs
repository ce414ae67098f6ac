using ProgramBot.Domain.Digests;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Digests;

/// <summary>
/// What a digest's scope holds, read once: the workspace, its projects in scope (id → key), the
/// scope itself (for risks logged against a program) and the workspace's risk bands.
/// </summary>
public sealed record DigestScopeData(long WorkspaceId, IReadOnlyDictionary<long, string> ProjectKeys, DigestScope Scope, RiskPolicy Policy)
{
    /// <summary>A project's risk is in scope with its project; a program's, in its program's digest and the workspace's.</summary>
    public bool Contains(Risk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return risk.ProjectId is { } id
            ? ProjectKeys.ContainsKey(id)
            : Scope.Kind == DigestScopeKind.Workspace || risk.ProgramId == Scope.ProgramId;
    }
}
