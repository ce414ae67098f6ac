using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Abstractions;

public interface IRiskRepository
{
    /// <summary>Takes the next risk number of the workspace (R-1, R-2, …), atomically.</summary>
    Task<int> TakeNextNumberAsync(long workspaceId, CancellationToken cancellationToken);

    Task AddAsync(Risk risk, CancellationToken cancellationToken);

    Task<Risk?> FindAsync(long workspaceId, RiskId id, CancellationToken cancellationToken);

    /// <summary>Writes probability, impact, owner, mitigation, review date, status, note and updated time.</summary>
    Task UpdateAsync(Risk risk, CancellationToken cancellationToken);

    /// <summary>Highest score first, then newest; at most Limit rows.</summary>
    Task<IReadOnlyList<Risk>> ListAsync(long workspaceId, RiskQuery query, CancellationToken cancellationToken);

    Task<int> CountAsync(long workspaceId, RiskQuery query, CancellationToken cancellationToken);

    /// <summary>Records that a risk reached the escalation threshold and whom it was raised with; the escalation's id.</summary>
    Task<long> AddEscalationAsync(long workspaceId, RiskId id, int score, long? escalatedToId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A recorded escalation: which risk, at what score, raised with whom; null when there is none of that id.</summary>
    Task<RiskEscalationRecord?> FindEscalationAsync(long workspaceId, long escalationId, CancellationToken cancellationToken);
}

/// <summary>A risk's escalation as recorded: the risk, its score then, and whom it was raised with.</summary>
public sealed record RiskEscalationRecord(RiskId Risk, int Score, long? EscalatedToId);
