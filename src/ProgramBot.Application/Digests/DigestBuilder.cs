using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Risks;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;
using ProgramBot.Domain.Projects;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Digests;

/// <summary>
/// Builds a digest for a subscription's scope and the snapshot the next digest compares with.
/// "What changed" is measured against what this subscription's last digest showed.
/// </summary>
public static class DigestBuilder
{
    public const int TopRiskCount = 3;

    public static async Task<(DigestView View, string Snapshot)> BuildAsync(
        IUnitOfWork uow, DigestSubscription subscription, DateTimeOffset slot, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(subscription);
        var ws = subscription.WorkspaceId;
        var projects = (await uow.Projects.ListAsync(ws, ct)).Where(p => InScope(p, subscription.Scope)).ToList();
        var previous = ReadSnapshot(subscription.LastSnapshot);
        var lines = new List<DigestProjectLine>();
        foreach (var project in projects)
        {
            var counts = await uow.WorkItems.CountByStatusAsync(ws, project.Id, today, ct);
            var latest = await uow.Progress.LatestForProjectAsync(ws, project.Id, ct);
            var percent = counts.Total == 0 ? 0 : (int)Math.Round(100.0 * counts.Done / counts.Total);
            int? change = previous.TryGetValue(project.Key.Value, out var before) ? percent - before : null;
            lines.Add(new DigestProjectLine(project.Key.Value, project.Name, percent, change, counts.Overdue, counts.Blocked, latest?.Rag));
        }

        // Open risks come highest score first; the scope's are the first few that belong to it.
        var projectIds = projects.Select(p => p.Id).ToHashSet();
        bool RiskInScope(Risk r) =>
            r.ProjectId is { } id ? projectIds.Contains(id) : subscription.Scope.Kind == DigestScopeKind.Workspace || r.ProgramId == subscription.Scope.ProgramId;
        var risks = (await uow.Risks.ListAsync(ws, new RiskQuery(Limit: 200), ct)).Where(RiskInScope).Take(TopRiskCount).ToList();
        var policy = await uow.Workspaces.GetRiskPolicyAsync(ws, ct);
        var pending = (await uow.Approvals.ListAsync(ws, new ApprovalQuery(Limit: 100), ct))
            .Where(a => a.ProjectId is { } id ? projectIds.Contains(id) : subscription.Scope.Kind == DigestScopeKind.Workspace).ToList();
        var attention = await DigestAttentionBuilder.BuildAsync(
            uow, ws, projects.ToDictionary(p => p.Id, p => p.Key.Value), RiskInScope, pending, subscription.LastSlot, slot, today, policy, ct);
        var scope = await DigestSubscriptions.ScopeLabelAsync(uow, subscription, ct);
        var view = new DigestView(subscription.Id, scope, subscription.LastSlot, slot, lines, await RiskViews.CreateAsync(uow, ws, risks, policy, ct), pending.Count,
            TimeZoneInfo.FindSystemTimeZoneById(subscription.Schedule.ZoneId), Attention: attention);
        return (view, JsonSerializer.Serialize(lines.ToDictionary(l => l.Key, l => l.PercentComplete)));
    }

    private static bool InScope(Project project, DigestScope scope) => scope.Kind switch
    {
        DigestScopeKind.Project => project.Id == scope.ProjectId,
        DigestScopeKind.Program => project.ProgramId == scope.ProgramId,
        _ => true,
    };

    private static Dictionary<string, int> ReadSnapshot(string? snapshot) =>
        string.IsNullOrEmpty(snapshot) ? [] : JsonSerializer.Deserialize<Dictionary<string, int>>(snapshot) ?? [];
}
