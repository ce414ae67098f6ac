using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Projects;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class ProjectRepository(DbSession session) : IProjectRepository
{
    private const string Select = """
        SELECT id AS Id, workspace_id AS WorkspaceId, key AS Key, name AS Name, program_id AS ProgramId,
               manager_id AS ManagerId, start_date AS StartDate, target_end AS TargetEnd, status AS Status,
               created_at AS CreatedAt
        FROM projects
        """;

    public async Task<Project?> FindByKeyAsync(long workspaceId, EntityKey key, CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} WHERE workspace_id = @WorkspaceId AND key = @Key;";
        var row = await session.Connection.QuerySingleOrDefaultAsync<ProjectRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, Key = key }, cancellationToken));
        return row?.ToDomain();
    }

    public async Task<Project?> FindByIdAsync(long workspaceId, long id, CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} WHERE workspace_id = @WorkspaceId AND id = @Id;";
        var row = await session.Connection.QuerySingleOrDefaultAsync<ProjectRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, Id = id }, cancellationToken));
        return row?.ToDomain();
    }

    public async Task<Project> AddAsync(Project project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        const string Sql = """
            INSERT INTO projects (workspace_id, key, name, program_id, manager_id, start_date, target_end, status, created_at)
            VALUES (@WorkspaceId, @Key, @Name, @ProgramId, @ManagerId, @StartDate, @TargetEnd, @Status, @CreatedAt)
            RETURNING id;
            """;
        var parameters = new
        {
            project.WorkspaceId, project.Key, project.Name, project.ProgramId, project.ManagerId,
            project.StartDate, project.TargetEnd, Status = (int)project.Status, project.CreatedAt,
        };
        var id = await session.Connection.ExecuteScalarAsync<long>(session.Command(Sql, parameters, cancellationToken));
        return project with { Id = id };
    }

    public async Task<IReadOnlyList<Project>> ListAsync(long workspaceId, CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} WHERE workspace_id = @WorkspaceId ORDER BY key;";
        var rows = await session.Connection.QueryAsync<ProjectRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId }, cancellationToken));
        return rows.Select(row => row.ToDomain()).ToList();
    }

    public async Task<int> TakeNextTaskNumberAsync(long workspaceId, long projectId, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE projects SET next_task_number = next_task_number + 1
            WHERE workspace_id = @WorkspaceId AND id = @ProjectId
            RETURNING next_task_number - 1;
            """;
        var taken = await session.Connection.ExecuteScalarAsync<long?>(
            session.Command(Sql, new { WorkspaceId = workspaceId, ProjectId = projectId }, cancellationToken));
        return taken is { } number
            ? checked((int)number)
            : throw new InvalidOperationException($"Project {projectId} does not exist in workspace {workspaceId}.");
    }

    private sealed class ProjectRow
    {
        public long Id { get; set; }

        public long WorkspaceId { get; set; }

        public EntityKey Key { get; set; }

        public string Name { get; set; } = string.Empty;

        public long? ProgramId { get; set; }

        public long? ManagerId { get; set; }

        public DateOnly? StartDate { get; set; }

        public DateOnly? TargetEnd { get; set; }

        public ProjectStatus Status { get; set; }

        public DateTimeOffset CreatedAt { get; set; }

        public Project ToDomain() =>
            new(Id, WorkspaceId, Key, Name, ProgramId, ManagerId, StartDate, TargetEnd, Status, CreatedAt);
    }
}
