using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class ProgressRepository(DbSession session) : IProgressRepository
{
    public Task AddAsync(ProgressReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        const string Sql = """
            INSERT INTO progress_reports (workspace_id, project_id, task_number, reporter_id, reported_at, percent, rag,
                                          rag_reason, done, next, blockers)
            VALUES (@WorkspaceId, @ProjectId, @TaskNumber, @ReporterId, @ReportedAt, @Percent, @Rag,
                    @RagReason, @Done, @Next, @Blockers);
            """;
        var parameters = new
        {
            report.WorkspaceId, report.ProjectId, report.TaskNumber, report.ReporterId, report.ReportedAt, report.Percent,
            Rag = (int?)report.Rag, report.RagReason, report.Done, report.Next, report.Blockers,
        };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    private const string Columns = """
        workspace_id AS WorkspaceId, project_id AS ProjectId, task_number AS TaskNumber, reporter_id AS ReporterId,
               reported_at AS ReportedAt, percent AS Percent, rag AS Rag, rag_reason AS RagReason, done AS Done,
               next AS Next, blockers AS Blockers
        """;

    private const string Select = $"SELECT {Columns} FROM progress_reports";

    public async Task<IReadOnlyList<ProgressReport>> ListSinceAsync(
        long workspaceId, IReadOnlyList<long> projectIds, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        const string Sql = $"""
            {Select}
            WHERE workspace_id = @WorkspaceId AND project_id IN @ProjectIds AND reported_at > @Since
            ORDER BY reported_at DESC, id DESC
            LIMIT @Limit;
            """;
        var parameters = new { WorkspaceId = workspaceId, ProjectIds = projectIds.ToArray(), Since = since, Limit = limit };
        var rows = await session.Connection.QueryAsync<ProgressRow>(session.Command(Sql, parameters, cancellationToken));
        return [.. rows.Select(r => r.ToDomain())];
    }

    public async Task<IReadOnlyDictionary<long, ProgressReport>> LatestForProjectsAsync(
        long workspaceId, IReadOnlyList<long> projectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        // Per project, the newest project-level report straight off ix_progress_reports_project_task
        // (a window over every report of the scope took ~10 ms for a 50-project program).
        const string Sql = $"""
            SELECT {Columns} FROM progress_reports
            WHERE id IN (
                SELECT (SELECT x.id FROM progress_reports x
                        WHERE x.workspace_id = p.workspace_id AND x.project_id = p.id AND x.task_number IS NULL
                        ORDER BY x.reported_at DESC, x.id DESC LIMIT 1)
                FROM projects p
                WHERE p.workspace_id = @WorkspaceId AND p.id IN @ProjectIds);
            """;
        var rows = projectIds.Count == 0 ? [] : await session.Connection.QueryAsync<ProgressRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds.ToArray() }, cancellationToken));
        return rows.Select(r => r.ToDomain()).ToDictionary(r => r.ProjectId);
    }

    public async Task<IReadOnlyList<string>> ListAssigneesWithoutReportsAsync(
        long workspaceId, IReadOnlyList<long> projectIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        const string Sql = """
            SELECT m.name FROM members m
            WHERE m.workspace_id = @WorkspaceId
              AND EXISTS (SELECT 1 FROM work_items w
                          WHERE w.workspace_id = m.workspace_id AND w.assignee_id = m.id AND w.project_id IN @ProjectIds AND w.status <> 3)
              AND NOT EXISTS (SELECT 1 FROM progress_reports r
                              WHERE r.workspace_id = m.workspace_id AND r.reporter_id = m.id AND r.project_id IN @ProjectIds AND r.reported_at > @Since)
            ORDER BY m.name, m.id;
            """;
        var names = projectIds.Count == 0 ? [] : await session.Connection.QueryAsync<string>(
            session.Command(Sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds.ToArray(), Since = since }, cancellationToken));
        return [.. names];
    }

    private sealed class ProgressRow
    {
        public long WorkspaceId { get; set; }

        public long ProjectId { get; set; }

        public int? TaskNumber { get; set; }

        public long ReporterId { get; set; }

        public DateTimeOffset ReportedAt { get; set; }

        public int Percent { get; set; }

        public Rag? Rag { get; set; }

        public string? RagReason { get; set; }

        public string? Done { get; set; }

        public string? Next { get; set; }

        public string? Blockers { get; set; }

        public ProgressReport ToDomain() =>
            new(WorkspaceId, ProjectId, TaskNumber, ReporterId, ReportedAt, Percent, Rag, RagReason, Done, Next, Blockers);
    }
}
