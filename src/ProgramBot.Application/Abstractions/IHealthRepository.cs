using ProgramBot.Domain.Health;

namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Set-based reads of the facts behind project health, each one query over a list of project ids,
/// so a program's status costs the same number of queries whatever the number of its projects.
/// </summary>
public interface IHealthRepository
{
    Task<IReadOnlyList<ProjectTaskTotals>> ReadTaskTotalsAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, DateOnly today, DateOnly overdueBefore, CancellationToken cancellationToken);

    /// <summary>The estimates of each project's tasks (for the median), in days.</summary>
    Task<IReadOnlyList<(long ProjectId, decimal Days)>> ReadEstimatesAsync(long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken);

    /// <summary>How many open risks (open or mitigating) each project has at each score.</summary>
    Task<IReadOnlyList<(long ProjectId, int Score, int Count)>> ReadOpenRiskScoresAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken);

    /// <summary>Open milestones of the projects.</summary>
    Task<IReadOnlyList<(long ProjectId, int Number, string Title, DateOnly? Due)>> ReadOpenMilestonesAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<long, RagOverride>> ReadOverridesAsync(long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken);

    /// <summary>The budgets of the projects that have one, with the spend so far.</summary>
    Task<IReadOnlyList<(long ProjectId, long BudgetCents, string Currency, long SpentCents)>> ReadBudgetsAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken);

    /// <summary>
    /// Open assigned work due before <paramref name="end"/>, summed per assignee, project and week
    /// counted from <paramref name="monday"/> (anything overdue falls in week 0).
    /// </summary>
    Task<IReadOnlyList<LoadRow>> ReadLoadAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, DateOnly monday, DateOnly end, CancellationToken cancellationToken);
}

/// <summary>One person's open work in one project and week: estimated days, and how many tasks have no estimate.</summary>
public sealed record LoadRow(long AssigneeId, long ProjectId, int Week, decimal EstimatedDays, int Unestimated, int Tasks);

/// <summary>One project's tasks summed: counts, work totals for percent complete, and the latest open due date.</summary>
public sealed record ProjectTaskTotals(long ProjectId, int Total, int Blocked, int Overdue, int OverdueBeyondGrace, WorkTotals Work, DateOnly? LatestOpenDue);
