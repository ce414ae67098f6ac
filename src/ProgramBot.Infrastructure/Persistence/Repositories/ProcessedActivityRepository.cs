using Dapper;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class ProcessedActivityRepository(DbSession session) : IProcessedActivityRepository
{
    public async Task<bool> TryClaimAsync(long workspaceId, string activityKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityKey);
        const string Sql = """
            INSERT INTO processed_activities (workspace_id, activity_key, processed_at)
            VALUES (@WorkspaceId, @ActivityKey, @Now)
            ON CONFLICT (workspace_id, activity_key) DO NOTHING;
            """;
        var inserted = await session.Connection.ExecuteAsync(session.Command(
            Sql, new { WorkspaceId = workspaceId, ActivityKey = activityKey, Now = now }, cancellationToken));
        return inserted == 1;
    }
}
