using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Members;
using ProgramBot.Application.Risks;
using ProgramBot.Application.Tasks;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Digests;

/// <summary>
/// The "needs attention" part of a digest, read with a fixed number of queries whatever the number
/// of projects in scope.
/// </summary>
public static class DigestAttentionBuilder
{
    public const int ItemCount = 5;

    public static async Task<DigestAttention> BuildAsync(
        IUnitOfWork uow, long workspaceId, IReadOnlyDictionary<long, string> projectKeys, Func<Risk, bool> riskInScope, IEnumerable<ApprovalRequest> pending,
        DateTimeOffset? since, DateTimeOffset now, DateOnly today, RiskPolicy policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(riskInScope);
        ArgumentNullException.ThrowIfNull(projectKeys);
        IReadOnlyList<long> projectIds = [.. projectKeys.Keys];
        if (projectIds.Count == 0)
        {
            return new DigestAttention([], 0, [], 0, [], []);
        }

        var overdueQuery = new WorkItemQuery(DueBefore: today, Limit: ItemCount, ProjectIds: projectIds);
        var blockedQuery = new WorkItemQuery(BlockedOnly: true, Limit: ItemCount, ProjectIds: projectIds);
        var overdue = await uow.WorkItems.ListAsync(workspaceId, overdueQuery, ct);
        var blocked = await uow.WorkItems.ListAsync(workspaceId, blockedQuery, ct);
        var overdueTotal = overdue.Count < ItemCount ? overdue.Count : await uow.WorkItems.CountAsync(workspaceId, overdueQuery, ct);
        var blockedTotal = blocked.Count < ItemCount ? blocked.Count : await uow.WorkItems.CountAsync(workspaceId, blockedQuery, ct);
        var newRisks = since is { } after
            ? (await uow.Risks.ListAsync(workspaceId, new RiskQuery(Limit: 200, CreatedAfter: after), ct)).Where(riskInScope).Take(ItemCount).ToList()
            : [];
        var oldest = pending.OrderBy(a => a.CreatedAt).Take(ItemCount)
            .Select(a => new WaitingApproval(a.Id.ToString(), a.Subject, (int)(now - a.CreatedAt).TotalDays)).ToList();
        var reports = await uow.Progress.ListSinceAsync(workspaceId, projectIds, since ?? now.AddDays(-7), ItemCount, ct);
        var reporters = await MemberNames.ReadAsync(uow, workspaceId, reports.Select(r => (long?)r.ReporterId), ct);
        var reportLines = reports.Select(r => new DigestReportLine(
            r.TaskNumber is { } number ? $"{projectKeys[r.ProjectId]}-{number}" : projectKeys[r.ProjectId],
            reporters.GetValueOrDefault(r.ReporterId, "someone"), r.Percent, r.Rag, r.Blockers)).ToList();
        return new DigestAttention(
            await TaskViews.CreateAsync(uow, workspaceId, overdue, today, ct), overdueTotal,
            await TaskViews.CreateAsync(uow, workspaceId, blocked, today, ct), blockedTotal,
            await RiskViews.CreateAsync(uow, workspaceId, newRisks, policy, ct), oldest, reportLines);
    }
}
