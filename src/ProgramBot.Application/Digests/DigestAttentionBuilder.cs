using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Members;
using ProgramBot.Application.Risks;
using ProgramBot.Application.Tasks;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Risks;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Digests;

/// <summary>
/// The "needs attention" part of a digest, read with a fixed number of queries whatever the number
/// of projects in scope: one per list (its first rows with the total), one for every name shown and
/// one set of risk names for every risk shown, the top risks included.
/// </summary>
public static class DigestAttentionBuilder
{
    public const int ItemCount = 5;

    /// <summary>Milestones due from today through this many days ahead are "coming up".</summary>
    public const int MilestoneDays = 14;

    /// <summary>The period of a first digest, which has no last one to start from.</summary>
    public static readonly TimeSpan FirstPeriod = TimeSpan.FromDays(7);

    public static async Task<(DigestAttention Attention, IReadOnlyList<RiskView> TopRisks)> BuildAsync(
        IUnitOfWork uow, DigestScopeData scope, IReadOnlyList<Risk> topRisks, IReadOnlyList<ApprovalRequest> oldestPending, DigestTotals totals,
        DateTimeOffset? since, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(topRisks);
        var ws = scope.WorkspaceId;
        IReadOnlyList<long> ids = [.. scope.ProjectKeys.Keys];
        if (ids.Count == 0)
        {
            return (new DigestAttention([], 0, [], 0, [], []), await RiskViews.CreateAsync(uow, ws, topRisks, scope.Policy, ct));
        }

        // The overdue and blocked totals come with the per-project counts: counting them here again would
        // materialise every overdue task of the scope (~35 ms for a 100,000-task program) to show five.
        (IReadOnlyList<WorkItem> Items, int Total) overdue = (await uow.WorkItems.ListAsync(ws, new WorkItemQuery(DueBefore: today, ProjectIds: ids, Limit: ItemCount), ct), totals.Overdue);
        (IReadOnlyList<WorkItem> Items, int Total) blocked = (await uow.WorkItems.ListAsync(ws, new WorkItemQuery(BlockedOnly: true, ProjectIds: ids, Limit: ItemCount), ct), totals.Blocked);
        var upcoming = await ListAsync(uow, ws, new WorkItemQuery(DueFrom: today, DueBefore: today.AddDays(MilestoneDays + 1), ProjectIds: ids, MilestonesOnly: true), ct);
        var missed = await ListAsync(uow, ws, new WorkItemQuery(DueBefore: today, ProjectIds: ids, MilestonesOnly: true), ct);
        var newRisks = since is { } created ? await uow.Risks.ListAsync(ws, new RiskQuery(Limit: ItemCount, CreatedAfter: created, Within: scope.Risks), ct) : [];
        var escalated = since is { } raised ? await uow.Risks.ListAsync(ws, new RiskQuery(Limit: ItemCount, EscalatedAfter: raised, Within: scope.Risks), ct) : [];
        var period = since ?? now - FirstPeriod;
        var reports = await uow.Progress.ListSinceAsync(ws, ids, period, ItemCount, ct);
        var silent = await uow.Progress.ListAssigneesWithoutReportsAsync(ws, ids, period, ct);

        var tasks = new[] { overdue, blocked, upcoming, missed }.SelectMany(l => l.Items).Select(t => t.AssigneeId);
        var names = await MemberNames.ReadAsync(uow, ws, tasks.Concat(reports.Select(r => (long?)r.ReporterId)), ct);
        var risks = await RiskViews.CreateAsync(uow, ws, [.. topRisks, .. newRisks, .. escalated], scope.Policy, ct);
        var reportLines = reports.Select(r => new DigestReportLine(
            r.TaskNumber is { } number ? $"{scope.ProjectKeys[r.ProjectId]}-{number}" : scope.ProjectKeys[r.ProjectId],
            names.GetValueOrDefault(r.ReporterId, "someone"), r.Percent, r.Rag, r.Blockers)).ToList();
        var oldest = oldestPending
            .Select(a => new WaitingApproval(a.Id.ToString(), a.Subject, (int)(now - a.CreatedAt).TotalDays)).ToList();
        var attention = new DigestAttention(
            Views(overdue, names, today).First, overdue.Total, Views(blocked, names, today).First, blocked.Total,
            [.. risks.Skip(topRisks.Count).Take(newRisks.Count)], oldest, reportLines,
            Views(upcoming, names, today), Views(missed, names, today), [.. risks.Skip(topRisks.Count + newRisks.Count)],
            new DigestList<string>([.. silent.Take(ItemCount)], silent.Count));
        return (attention, [.. risks.Take(topRisks.Count)]);
    }

    private static async Task<(IReadOnlyList<WorkItem> Items, int Total)> ListAsync(IUnitOfWork uow, long ws, WorkItemQuery query, CancellationToken ct) =>
        await uow.WorkItems.ListWithTotalAsync(ws, query with { Limit = ItemCount }, ct);

    private static DigestList<TaskView> Views((IReadOnlyList<WorkItem> Items, int Total) list, IReadOnlyDictionary<long, string> names, DateOnly today) =>
        new([.. list.Items.Select(i => TaskViews.Create(i, i.AssigneeId is { } id ? names.GetValueOrDefault(id) : null, today))], list.Total);
}
