using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Health;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class HealthRepository(DbSession session) : IHealthRepository
{
    public async Task<IReadOnlyList<ProjectTaskTotals>> ReadTaskTotalsAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, DateOnly today, DateOnly overdueBefore, CancellationToken cancellationToken)
    {
        // Done tasks count as 100 % whatever percent was last reported.
        const string Sql = """
            SELECT project_id AS ProjectId, COUNT(*) AS Total,
                   SUM(CASE WHEN status = 2 THEN 1 ELSE 0 END) AS Blocked,
                   SUM(CASE WHEN status <> 3 AND due_date < @Today THEN 1 ELSE 0 END) AS Overdue,
                   SUM(CASE WHEN status <> 3 AND due_date < @OverdueBefore THEN 1 ELSE 0 END) AS OverdueBeyondGrace,
                   COALESCE(SUM(estimate_days), 0.0) AS EstimatedDays,
                   COALESCE(SUM(estimate_days * (CASE WHEN status = 3 THEN 100 ELSE percent_complete END) / 100.0), 0.0) AS EstimatedDaysDone,
                   SUM(CASE WHEN estimate_days IS NULL THEN 1 ELSE 0 END) AS Unestimated,
                   SUM(CASE WHEN estimate_days IS NULL THEN (CASE WHEN status = 3 THEN 100 ELSE percent_complete END) ELSE 0 END) AS UnestimatedPercentSum,
                   MAX(CASE WHEN status <> 3 THEN due_date END) AS LatestOpenDue
            FROM work_items
            WHERE workspace_id = @WorkspaceId AND project_id IN @ProjectIds
            GROUP BY project_id;
            """;
        var rows = await session.Connection.QueryAsync<TotalsRow>(session.Command(
            Sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds, Today = today, OverdueBefore = overdueBefore }, cancellationToken));
        return [.. rows.Select(r => new ProjectTaskTotals(
            r.ProjectId, (int)r.Total, (int)r.Blocked, (int)r.Overdue, (int)r.OverdueBeyondGrace,
            new WorkTotals((decimal)r.EstimatedDays, (decimal)r.EstimatedDaysDone, (int)r.Unestimated, r.UnestimatedPercentSum), r.LatestOpenDue))];
    }

    public async Task<IReadOnlyList<(long ProjectId, decimal Days)>> ReadEstimatesAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken)
    {
        var rows = await session.Connection.QueryAsync<(long ProjectId, double Days)>(session.Command(
            "SELECT project_id, estimate_days FROM work_items WHERE workspace_id = @WorkspaceId AND project_id IN @ProjectIds AND estimate_days IS NOT NULL;",
            new { WorkspaceId = workspaceId, ProjectIds = projectIds }, cancellationToken));
        return [.. rows.Select(r => (r.ProjectId, (decimal)r.Days))];
    }

    public async Task<IReadOnlyList<(long ProjectId, int Score, int Count)>> ReadOpenRiskScoresAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT project_id, probability * impact, COUNT(*) FROM risks
            WHERE workspace_id = @WorkspaceId AND project_id IN @ProjectIds AND status IN (0, 1)
            GROUP BY project_id, probability * impact;
            """;
        var rows = await session.Connection.QueryAsync<(long ProjectId, long Score, long Count)>(session.Command(
            Sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds }, cancellationToken));
        return [.. rows.Select(r => (r.ProjectId, (int)r.Score, (int)r.Count))];
    }

    public async Task<IReadOnlyList<(long ProjectId, int Number, string Title, DateOnly? Due)>> ReadOpenMilestonesAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT project_id AS ProjectId, number AS Number, title AS Title, due_date AS Due FROM work_items
            WHERE workspace_id = @WorkspaceId AND project_id IN @ProjectIds AND is_milestone = 1 AND status <> 3;
            """;
        var rows = await session.Connection.QueryAsync<MilestoneRow>(session.Command(
            Sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds }, cancellationToken));
        return [.. rows.Select(r => (r.ProjectId, r.Number, r.Title, r.Due))];
    }

    public async Task<IReadOnlyDictionary<long, RagOverride>> ReadOverridesAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT project_id, rag, reason, set_by, set_at, expires_at FROM project_rag_overrides
            WHERE workspace_id = @WorkspaceId AND project_id IN @ProjectIds;
            """;
        var rows = await session.Connection.QueryAsync<(long ProjectId, long Rag, string Reason, long SetBy, DateTimeOffset SetAt, DateTimeOffset ExpiresAt)>(
            session.Command(Sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds }, cancellationToken));
        return rows.ToDictionary(r => r.ProjectId, r => new RagOverride((Rag)r.Rag, r.Reason, r.SetBy, r.SetAt, r.ExpiresAt));
    }

    public async Task<IReadOnlyList<(long ProjectId, long BudgetCents, string Currency, long SpentCents)>> ReadBudgetsAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT p.id, p.budget_cents, p.budget_currency,
                   COALESCE((SELECT SUM(s.amount_cents) FROM project_spend s WHERE s.workspace_id = p.workspace_id AND s.project_id = p.id), 0)
            FROM projects p
            WHERE p.workspace_id = @WorkspaceId AND p.id IN @ProjectIds AND p.budget_cents IS NOT NULL;
            """;
        var rows = await session.Connection.QueryAsync<(long ProjectId, long BudgetCents, string Currency, long SpentCents)>(session.Command(
            Sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds }, cancellationToken));
        return [.. rows];
    }

    public async Task<IReadOnlyList<LoadRow>> ReadLoadAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, DateOnly monday, DateOnly end, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT assignee_id, project_id, {session.Dialect.WholeWeeksBetween("@Monday", "due_date")} AS week,
                   COALESCE(SUM(estimate_days), 0.0), SUM(CASE WHEN estimate_days IS NULL THEN 1 ELSE 0 END), COUNT(*)
            FROM work_items
            WHERE workspace_id = @WorkspaceId AND project_id IN @ProjectIds AND status <> 3
              AND assignee_id IS NOT NULL AND due_date IS NOT NULL AND due_date < @End
            GROUP BY assignee_id, project_id, week;
            """;
        var rows = await session.Connection.QueryAsync<(long AssigneeId, long ProjectId, long Week, double Days, long Unestimated, long Tasks)>(session.Command(
            sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds, Monday = monday, End = end }, cancellationToken));
        return [.. rows.Select(r => new LoadRow(r.AssigneeId, r.ProjectId, (int)r.Week, (decimal)r.Days, (int)r.Unestimated, (int)r.Tasks))];
    }

    private sealed class TotalsRow
    {
        public long ProjectId { get; set; }

        public long Total { get; set; }

        public long Blocked { get; set; }

        public long Overdue { get; set; }

        public long OverdueBeyondGrace { get; set; }

        public double EstimatedDays { get; set; }

        public double EstimatedDaysDone { get; set; }

        public long Unestimated { get; set; }

        public long UnestimatedPercentSum { get; set; }

        public DateOnly? LatestOpenDue { get; set; }
    }

    private sealed class MilestoneRow
    {
        public long ProjectId { get; set; }

        public int Number { get; set; }

        public string Title { get; set; } = string.Empty;

        public DateOnly? Due { get; set; }
    }
}
