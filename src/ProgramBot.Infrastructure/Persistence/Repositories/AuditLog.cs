using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Audit;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class AuditLog(DbSession session) : IAuditLog
{
    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        const string Sql = """
            INSERT INTO audit_events (workspace_id, actor_id, entity_type, entity_id, action, details, at)
            VALUES (@WorkspaceId, @ActorId, @EntityType, @EntityId, @Action, @Details, @At);
            """;
        return session.Connection.ExecuteAsync(session.Command(Sql, auditEvent, cancellationToken));
    }

    public async Task<IReadOnlyList<AuditEvent>> ListForEntityAsync(
        long workspaceId, string entityType, string entityId, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT workspace_id AS WorkspaceId, actor_id AS ActorId, entity_type AS EntityType, entity_id AS EntityId,
                   action AS Action, details AS Details, at AS At
            FROM audit_events
            WHERE workspace_id = @WorkspaceId AND entity_type = @EntityType AND entity_id = @EntityId
            ORDER BY at, id;
            """;
        var rows = await session.Connection.QueryAsync<AuditRow>(session.Command(
            Sql, new { WorkspaceId = workspaceId, EntityType = entityType, EntityId = entityId }, cancellationToken));
        return rows.Select(row => row.ToDomain()).ToList();
    }

    private sealed class AuditRow
    {
        public long WorkspaceId { get; set; }

        public long? ActorId { get; set; }

        public string EntityType { get; set; } = string.Empty;

        public string EntityId { get; set; } = string.Empty;

        public string Action { get; set; } = string.Empty;

        public string Details { get; set; } = string.Empty;

        public DateTimeOffset At { get; set; }

        public AuditEvent ToDomain() => new(WorkspaceId, ActorId, EntityType, EntityId, Action, Details, At);
    }
}
