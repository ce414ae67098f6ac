using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;
using ProgramBot.Domain.Projects;

namespace ProgramBot.Application.Digests;

/// <summary>
/// Builds a digest for a subscription's scope and the snapshot the next digest compares with.
/// "What changed" is measured against what this subscription's last digest showed. The number of
/// queries is fixed: it does not grow with the number of projects in scope.
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
        IReadOnlyList<long> ids = [.. projects.Select(p => p.Id)];

        // One query each for every project's counts and latest report, however many projects the scope holds.
        var allCounts = await uow.WorkItems.CountByStatusAsync(ws, ids, today, ct);
        var allLatest = await uow.Progress.LatestForProjectsAsync(ws, ids, ct);
        var lines = new List<DigestProjectLine>();
        foreach (var project in projects)
        {
            var counts = allCounts[project.Id];
            var percent = counts.Total == 0 ? 0 : (int)Math.Round(100.0 * counts.Done / counts.Total);
            int? change = previous.TryGetValue(project.Key.Value, out var before) ? percent - before : null;
            lines.Add(new DigestProjectLine(project.Key.Value, project.Name, percent, change, counts.Overdue, counts.Blocked, allLatest.GetValueOrDefault(project.Id)?.Rag));
        }

        // Open risks come highest score first; the scope's are the first few that belong to it.
        var policy = await uow.Workspaces.GetRiskPolicyAsync(ws, ct);
        var scopeData = new DigestScopeData(ws, projects.ToDictionary(p => p.Id, p => p.Key.Value), subscription.Scope, policy);
        var risks = await uow.Risks.ListAsync(ws, new RiskQuery(Limit: TopRiskCount, Within: scopeData.Risks), ct);
        var pending = await uow.Approvals.ListWithTotalAsync(
            ws, new ApprovalQuery(Limit: DigestAttentionBuilder.ItemCount, ProjectIds: scopeData.ApprovalProjects, OldestFirst: true), ct);
        var totals = new DigestTotals(allCounts.Values.Sum(c => c.Overdue), allCounts.Values.Sum(c => c.Blocked));
        var (attention, topRisks) = await DigestAttentionBuilder.BuildAsync(uow, scopeData, risks, pending.Items, totals, subscription.LastSlot, slot, today, ct);
        var scope = await DigestSubscriptions.ScopeLabelAsync(uow, subscription, ct);
        var view = new DigestView(subscription.Id, scope, subscription.LastSlot, slot, lines, topRisks, pending.Total,
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
