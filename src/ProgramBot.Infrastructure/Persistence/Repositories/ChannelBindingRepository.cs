using Dapper;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class ChannelBindingRepository(DbSession session) : IChannelBindingRepository
{
    public Task<long?> FindProjectIdAsync(long workspaceId, string conversationId, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT project_id FROM channel_bindings
            WHERE workspace_id = @WorkspaceId AND conversation_id = @ConversationId;
            """;
        return session.Connection.ExecuteScalarAsync<long?>(session.Command(
            Sql, new { WorkspaceId = workspaceId, ConversationId = conversationId }, cancellationToken));
    }

    public Task BindAsync(
        long workspaceId, string conversationId, long projectId, long boundBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        const string Sql = """
            INSERT INTO channel_bindings (workspace_id, conversation_id, project_id, bound_by, bound_at)
            VALUES (@WorkspaceId, @ConversationId, @ProjectId, @BoundBy, @Now)
            ON CONFLICT (workspace_id, conversation_id) DO UPDATE SET
                project_id = excluded.project_id, bound_by = excluded.bound_by, bound_at = excluded.bound_at;
            """;
        var parameters = new
        {
            WorkspaceId = workspaceId, ConversationId = conversationId, ProjectId = projectId, BoundBy = boundBy, Now = now,
        };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }
}
