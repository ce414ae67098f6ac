using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Slips;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Dependencies;
using ProgramBot.Domain.Health;
using ProgramBot.Domain.Projects;
using ProgramBot.Domain.Risks;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Health;

/// <summary>
/// The health of a set of projects from a fixed number of set-based queries (task totals, estimates,
/// risks, milestones, overrides, budgets, the risk bands) and the forecasts of the dependency graph.
/// </summary>
public static class ProjectHealthReader
{
    public static async Task<HealthRead> ReadAsync(
        IUnitOfWork uow, long workspaceId, IReadOnlyList<Project> projects, DependencySnapshot snapshot,
        IReadOnlyDictionary<TaskRef, DateOnly?> forecasts, DateOnly today, DateTimeOffset now, RagPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(policy);
        var ids = projects.Select(p => p.Id).ToList();
        var totals = (await uow.Health.ReadTaskTotalsAsync(workspaceId, ids, today, today.AddDays(-policy.OverdueGraceDays), cancellationToken)).ToDictionary(t => t.ProjectId);
        var estimates = (await uow.Health.ReadEstimatesAsync(workspaceId, ids, cancellationToken)).ToLookup(e => e.ProjectId, e => e.Days);
        var bands = await uow.Workspaces.GetRiskPolicyAsync(workspaceId, cancellationToken);
        var risks = (await uow.Health.ReadOpenRiskScoresAsync(workspaceId, ids, cancellationToken)).ToLookup(r => r.ProjectId);
        var milestones = await uow.Health.ReadOpenMilestonesAsync(workspaceId, ids, cancellationToken);
        var overrides = await uow.Health.ReadOverridesAsync(workspaceId, ids, cancellationToken);
        var budgets = (await uow.Health.ReadBudgetsAsync(workspaceId, ids, cancellationToken)).ToDictionary(b => b.ProjectId);
        var open = snapshot.Tasks.Where(t => t.Status != WorkItemStatus.Done).Select(t => t.Ref).ToHashSet();
        var ends = SlipEnds.ByProject(
            totals.Values.Where(t => t.LatestOpenDue is not null).ToDictionary(t => t.ProjectId, t => t.LatestOpenDue!.Value), forecasts, open);
        var views = projects.Select(project =>
        {
            var total = totals.GetValueOrDefault(project.Id) ?? new ProjectTaskTotals(project.Id, 0, 0, 0, 0, WorkTotals.None, null);
            var percent = total.Work.PercentComplete(WorkTotals.Median([.. estimates[project.Id]]));
            var riskCounts = Count(risks[project.Id].Select(r => (bands.Band(r.Score), r.Count)));
            var budget = budgets.TryGetValue(project.Id, out var b) ? new BudgetFigures(b.BudgetCents / 100m, b.Currency, b.SpentCents / 100m, percent) : null;
            DateOnly? end = ends.TryGetValue(project.Id, out var e) ? e : null;
            var missed = milestones.Count(m => m.ProjectId == project.Id && m.Due < today);
            var inputs = new RagInputs(missed, end, project.TargetEnd, riskCounts.Critical, riskCounts.High, total.OverdueBeyondGrace, budget?.Overrun);
            var active = overrides.GetValueOrDefault(project.Id) is { } o && o.IsActive(now) ? o : null;
            return new ProjectHealthView(
                project.Key.Value, project.Name, policy.Evaluate(inputs), active, percent, project.TargetEnd, end, riskCounts, total.Overdue, total.Blocked, budget);
        }).ToList();
        var forecastMilestones = milestones
            .Select(m => new MilestoneForecast(new TaskRef(m.ProjectId, m.Number), m.Title, forecasts.GetValueOrDefault(new TaskRef(m.ProjectId, m.Number)) ?? m.Due))
            .ToList();
        return new HealthRead(views, forecastMilestones);
    }

    private static RiskBandCounts Count(IEnumerable<(RiskBand Band, int Count)> scores)
    {
        var byBand = scores.GroupBy(s => s.Band).ToDictionary(g => g.Key, g => g.Sum(s => s.Count));
        return new RiskBandCounts(
            byBand.GetValueOrDefault(RiskBand.Low), byBand.GetValueOrDefault(RiskBand.Medium),
            byBand.GetValueOrDefault(RiskBand.High), byBand.GetValueOrDefault(RiskBand.Critical));
    }
}
