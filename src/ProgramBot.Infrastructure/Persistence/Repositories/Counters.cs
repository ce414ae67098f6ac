using Dapper;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>Per-workspace sequences (risk numbers, …): one upsert that returns the new value.</summary>
internal static class Counters
{
    public static Task<int> NextAsync(DbSession session, long workspaceId, string name, CancellationToken cancellationToken)
    {
        const string Sql = """
            INSERT INTO counters (workspace_id, name, value) VALUES (@WorkspaceId, @Name, 1)
            ON CONFLICT (workspace_id, name) DO UPDATE SET value = counters.value + 1
            RETURNING value;
            """;
        return session.Connection.ExecuteScalarAsync<int>(session.Command(Sql, new { WorkspaceId = workspaceId, Name = name }, cancellationToken));
    }
}
