using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Dependencies;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class DependencyRepository(DbSession session) : IDependencyRepository
{
    public async Task<bool> AddAsync(long workspaceId, DependencyEdge edge, long createdBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = """
            INSERT INTO task_dependencies (workspace_id, successor_project_id, successor_number, predecessor_project_id,
                                           predecessor_number, created_by, created_at)
            VALUES (@WorkspaceId, @SuccessorProject, @SuccessorNumber, @PredecessorProject, @PredecessorNumber, @CreatedBy, @Now)
            ON CONFLICT DO NOTHING;
            """;
        var parameters = Parameters(workspaceId, edge, new { CreatedBy = createdBy, Now = now });
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public async Task<bool> RemoveAsync(long workspaceId, DependencyEdge edge, CancellationToken cancellationToken)
    {
        const string Sql = """
            DELETE FROM task_dependencies
            WHERE workspace_id = @WorkspaceId AND successor_project_id = @SuccessorProject AND successor_number = @SuccessorNumber
              AND predecessor_project_id = @PredecessorProject AND predecessor_number = @PredecessorNumber;
            """;
        return await session.Connection.ExecuteAsync(session.Command(Sql, Parameters(workspaceId, edge, null), cancellationToken)) == 1;
    }

    public async Task<DependencySnapshot> ReadGraphAsync(long workspaceId, CancellationToken cancellationToken)
    {
        // One pass over the links with both ends looked up by primary key; read by hand, since at
        // 20,000 links the mapper's per-row cost was most of the read.
        var sql = $"""
            SELECT {GraphReader.Columns("p")}, {GraphReader.Columns("s")}
            FROM task_dependencies d
            JOIN work_items p ON p.workspace_id = d.workspace_id AND p.project_id = d.predecessor_project_id AND p.number = d.predecessor_number
            JOIN work_items s ON s.workspace_id = d.workspace_id AND s.project_id = d.successor_project_id AND s.number = d.successor_number
            WHERE d.workspace_id = @WorkspaceId;
            """;
        await using var reader = await session.Connection.ExecuteReaderAsync(session.Command(sql, new { WorkspaceId = workspaceId }, cancellationToken));
        return await GraphReader.ReadAsync(reader, cancellationToken);
    }

    public async Task<IReadOnlyList<LinkedTask>> ListLinksAsync(long workspaceId, TaskRef task, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT 1 AS IsPredecessor, p.key AS ProjectKey, w.number AS Number, w.title AS Title, w.due_date AS DueDate, w.status AS Status
            FROM task_dependencies d
            JOIN work_items w ON w.workspace_id = d.workspace_id AND w.project_id = d.predecessor_project_id AND w.number = d.predecessor_number
            JOIN projects p ON p.workspace_id = w.workspace_id AND p.id = w.project_id
            WHERE d.workspace_id = @WorkspaceId AND d.successor_project_id = @ProjectId AND d.successor_number = @Number
            UNION ALL
            SELECT 0, p.key, w.number, w.title, w.due_date, w.status
            FROM task_dependencies d
            JOIN work_items w ON w.workspace_id = d.workspace_id AND w.project_id = d.successor_project_id AND w.number = d.successor_number
            JOIN projects p ON p.workspace_id = w.workspace_id AND p.id = w.project_id
            WHERE d.workspace_id = @WorkspaceId AND d.predecessor_project_id = @ProjectId AND d.predecessor_number = @Number
            ORDER BY 1 DESC, 2, 3;
            """;
        var rows = await session.Connection.QueryAsync<LinkRow>(session.Command(
            Sql, new { WorkspaceId = workspaceId, task.ProjectId, task.Number }, cancellationToken));
        return [.. rows.Select(r => new LinkedTask(
            r.IsPredecessor, new WorkItemId(EntityKey.Parse(r.ProjectKey, "project").Value, r.Number), r.Title, r.DueDate, (WorkItemStatus)r.Status))];
    }

    public async Task<IReadOnlyDictionary<long, DateOnly>> LatestDueByProjectAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken)
    {
        // Each open status's latest date comes off the end of ix_work_items_project_totals (workspace, project,
        // status, due date, …): a few index seeks a project instead of a scan of its tasks.
        var latest = session.Dialect.Greatest(
            "COALESCE((SELECT MAX(w.due_date) FROM work_items w WHERE w.workspace_id = p.workspace_id AND w.project_id = p.id AND w.status = 0), '')",
            "COALESCE((SELECT MAX(w.due_date) FROM work_items w WHERE w.workspace_id = p.workspace_id AND w.project_id = p.id AND w.status = 1), '')",
            "COALESCE((SELECT MAX(w.due_date) FROM work_items w WHERE w.workspace_id = p.workspace_id AND w.project_id = p.id AND w.status = 2), '')");
        var sql = $"""
            SELECT ProjectId, DueDate FROM (
                SELECT p.id AS ProjectId, NULLIF({latest}, '') AS DueDate
                FROM projects p WHERE p.workspace_id = @WorkspaceId AND p.id IN @ProjectIds) AS latest
            WHERE DueDate IS NOT NULL;
            """;
        if (projectIds.Count == 0)
        {
            return new Dictionary<long, DateOnly>();
        }

        var rows = await session.Connection.QueryAsync<(long ProjectId, DateOnly DueDate)>(session.Command(
            sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds }, cancellationToken));
        return rows.ToDictionary(r => r.ProjectId, r => r.DueDate);
    }

    public async Task<bool> SetEstimateAsync(long workspaceId, TaskRef task, decimal? days, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE work_items SET estimate_days = @Days
            WHERE workspace_id = @WorkspaceId AND project_id = @ProjectId AND number = @Number;
            """;
        var parameters = new { WorkspaceId = workspaceId, task.ProjectId, task.Number, Days = (double?)days };
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    private static DynamicParameters Parameters(long workspaceId, DependencyEdge edge, object? extra)
    {
        var parameters = new DynamicParameters(extra);
        parameters.AddDynamicParams(new
        {
            WorkspaceId = workspaceId,
            SuccessorProject = edge.Successor.ProjectId, SuccessorNumber = edge.Successor.Number,
            PredecessorProject = edge.Predecessor.ProjectId, PredecessorNumber = edge.Predecessor.Number,
        });
        return parameters;
    }

    private sealed class LinkRow
    {
        public bool IsPredecessor { get; set; }

        public string ProjectKey { get; set; } = string.Empty;

        public int Number { get; set; }

        public string Title { get; set; } = string.Empty;

        public DateOnly? DueDate { get; set; }

        public int Status { get; set; }
    }
}
