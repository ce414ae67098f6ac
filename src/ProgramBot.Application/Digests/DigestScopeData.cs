using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Digests;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Digests;

/// <summary>
/// What a digest's scope holds, read once: the workspace, its projects in scope (id → key), the
/// scope itself (for risks logged against a program) and the workspace's risk bands.
/// </summary>
public sealed record DigestScopeData(long WorkspaceId, IReadOnlyDictionary<long, string> ProjectKeys, DigestScope Scope, RiskPolicy Policy)
{
    /// <summary>
    /// The risks in scope, as a query filter: a project's with its project, a program's in its
    /// program's digest; a workspace digest has every risk (null: no filter).
    /// </summary>
    public RiskScope? Risks => Scope.Kind == DigestScopeKind.Workspace ? null : new RiskScope([.. ProjectKeys.Keys], Scope.ProgramId);

    /// <summary>The projects whose approvals are in scope; a workspace digest has every approval (null: no filter).</summary>
    public IReadOnlyList<long>? ApprovalProjects => Scope.Kind == DigestScopeKind.Workspace ? null : [.. ProjectKeys.Keys];
}
