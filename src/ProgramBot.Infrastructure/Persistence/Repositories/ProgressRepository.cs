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

    private const string Select = """
        SELECT workspace_id AS WorkspaceId, project_id AS ProjectId, task_number AS TaskNumber, reporter_id AS ReporterId,
               reported_at AS ReportedAt, percent AS Percent, rag AS Rag, rag_reason AS RagReason, done AS Done,
               next AS Next, blockers AS Blockers
        FROM progress_reports
        """;

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

    public async Task<ProgressReport?> LatestForProjectAsync(long workspaceId, long projectId, CancellationToken cancellationToken)
    {
        const string Sql = $"""
            {Select}
            WHERE workspace_id = @WorkspaceId AND project_id = @ProjectId AND task_number IS NULL
            ORDER BY reported_at DESC, id DESC
            LIMIT 1;
            """;
        var row = await session.Connection.QuerySingleOrDefaultAsync<ProgressRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, ProjectId = projectId }, cancellationToken));
        return row?.ToDomain();
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
