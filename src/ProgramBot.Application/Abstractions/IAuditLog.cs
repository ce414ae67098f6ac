using ProgramBot.Domain.Audit;

namespace ProgramBot.Application.Abstractions;

public interface IAuditLog
{
    Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEvent>> ListForEntityAsync(long workspaceId, string entityType, string entityId, CancellationToken cancellationToken);
}
