using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Programs;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class ProgramRepository(DbSession session) : IProgramRepository
{
    private const string Select = """
        SELECT id AS Id, workspace_id AS WorkspaceId, key AS Key, name AS Name, objective AS Objective,
               manager_id AS ManagerId, created_at AS CreatedAt
        FROM programs
        """;

    public async Task<Program?> FindByKeyAsync(long workspaceId, EntityKey key, CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} WHERE workspace_id = @WorkspaceId AND key = @Key;";
        var row = await session.Connection.QuerySingleOrDefaultAsync<ProgramRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, Key = key }, cancellationToken));
        return row?.ToDomain();
    }

    public async Task<Program?> FindByIdAsync(long workspaceId, long id, CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} WHERE workspace_id = @WorkspaceId AND id = @Id;";
        var row = await session.Connection.QuerySingleOrDefaultAsync<ProgramRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, Id = id }, cancellationToken));
        return row?.ToDomain();
    }

    public async Task<Program> AddAsync(Program program, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(program);
        const string Sql = """
            INSERT INTO programs (workspace_id, key, name, objective, manager_id, created_at)
            VALUES (@WorkspaceId, @Key, @Name, @Objective, @ManagerId, @CreatedAt)
            RETURNING id;
            """;
        var id = await session.Connection.ExecuteScalarAsync<long>(session.Command(
            Sql,
            new { program.WorkspaceId, program.Key, program.Name, program.Objective, program.ManagerId, program.CreatedAt },
            cancellationToken));
        return program with { Id = id };
    }

    public async Task<IReadOnlyList<Program>> ListAsync(long workspaceId, CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} WHERE workspace_id = @WorkspaceId ORDER BY key;";
        var rows = await session.Connection.QueryAsync<ProgramRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId }, cancellationToken));
        return rows.Select(row => row.ToDomain()).ToList();
    }

    private sealed class ProgramRow
    {
        public long Id { get; set; }

        public long WorkspaceId { get; set; }

        public EntityKey Key { get; set; }

        public string Name { get; set; } = string.Empty;

        public string? Objective { get; set; }

        public long? ManagerId { get; set; }

        public DateTimeOffset CreatedAt { get; set; }

        public Program ToDomain() => new(Id, WorkspaceId, Key, Name, Objective, ManagerId, CreatedAt);
    }
}
