using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class RiskRepository(DbSession session) : IRiskRepository
{
    private const string Select = """
        SELECT workspace_id AS WorkspaceId, number AS Number, project_id AS ProjectId, program_id AS ProgramId,
               title AS Title, probability AS Probability, impact AS Impact, owner_id AS OwnerId, mitigation AS Mitigation,
               review_date AS ReviewDate, status AS Status, closing_note AS ClosingNote, created_by AS CreatedBy,
               created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM risks
        """;

    // A null instant reaches PostgreSQL untyped (Dapper's type handlers give no type to null), so the
    // null tests cast it: CAST(… AS TEXT) is a no-op in SQLite, where instants are text anyway.
    private const string Filter = """
        WHERE workspace_id = @WorkspaceId
          AND (@ProjectId IS NULL OR project_id = @ProjectId)
          AND (@ProgramId IS NULL OR program_id = @ProgramId)
          AND (@OpenOnly = 0 OR status IN (0, 1))
          AND (CAST(@CreatedAfter AS TEXT) IS NULL OR created_at > @CreatedAfter)
          AND (@AnyScope = 1 OR project_id IN @WithinProjects OR (program_id IS NOT NULL AND program_id = @WithinProgram))
          AND (CAST(@EscalatedAfter AS TEXT) IS NULL OR EXISTS (
                SELECT 1 FROM risk_escalations e
                WHERE e.workspace_id = risks.workspace_id AND e.risk_number = risks.number AND e.escalated_at > @EscalatedAfter))
        """;

    public Task<int> TakeNextNumberAsync(long workspaceId, CancellationToken cancellationToken) =>
        Counters.NextAsync(session, workspaceId, "risk", cancellationToken);

    public Task AddAsync(Risk risk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(risk);
        const string Sql = """
            INSERT INTO risks (workspace_id, number, project_id, program_id, title, probability, impact, owner_id, mitigation,
                               review_date, status, closing_note, created_by, created_at, updated_at)
            VALUES (@WorkspaceId, @Number, @ProjectId, @ProgramId, @Title, @Probability, @Impact, @OwnerId, @Mitigation,
                    @ReviewDate, @Status, @ClosingNote, @CreatedBy, @CreatedAt, @UpdatedAt);
            """;
        return session.Connection.ExecuteAsync(session.Command(Sql, Parameters(risk), cancellationToken));
    }

    public async Task<Risk?> FindAsync(long workspaceId, RiskId id, CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} WHERE workspace_id = @WorkspaceId AND number = @Number;";
        var row = await session.Connection.QuerySingleOrDefaultAsync<RiskRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, id.Number }, cancellationToken));
        return row?.ToDomain();
    }

    public async Task UpdateAsync(Risk risk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(risk);
        const string Sql = """
            UPDATE risks SET probability = @Probability, impact = @Impact, owner_id = @OwnerId, mitigation = @Mitigation,
                review_date = @ReviewDate, status = @Status, closing_note = @ClosingNote, updated_at = @UpdatedAt
            WHERE workspace_id = @WorkspaceId AND number = @Number;
            """;
        var changed = await session.Connection.ExecuteAsync(session.Command(Sql, Parameters(risk), cancellationToken));
        if (changed != 1)
        {
            throw new InvalidOperationException($"Risk {risk.Id} of workspace {risk.WorkspaceId} does not exist.");
        }
    }

    public async Task<IReadOnlyList<Risk>> ListAsync(long workspaceId, RiskQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        const string Sql = $"{Select} {Filter} ORDER BY probability * impact DESC, number DESC LIMIT @Limit;";
        var rows = await session.Connection.QueryAsync<RiskRow>(session.Command(Sql, QueryParameters(workspaceId, query), cancellationToken));
        return rows.Select(r => r.ToDomain()).ToList();
    }

    public Task<int> CountAsync(long workspaceId, RiskQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        const string Sql = $"SELECT COUNT(*) FROM risks {Filter};";
        return session.Connection.ExecuteScalarAsync<int>(session.Command(Sql, QueryParameters(workspaceId, query), cancellationToken));
    }

    public Task<long> AddEscalationAsync(long workspaceId, RiskId id, int score, long? escalatedToId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = """
            INSERT INTO risk_escalations (workspace_id, risk_number, score, escalated_to_id, escalated_at)
            VALUES (@WorkspaceId, @Number, @Score, @EscalatedToId, @Now) RETURNING id;
            """;
        var parameters = new { WorkspaceId = workspaceId, id.Number, Score = score, EscalatedToId = escalatedToId, Now = now };
        return session.Connection.ExecuteScalarAsync<long>(session.Command(Sql, parameters, cancellationToken));
    }

    public async Task<RiskEscalationRecord?> FindEscalationAsync(long workspaceId, long escalationId, CancellationToken cancellationToken)
    {
        const string Sql = "SELECT risk_number, score, escalated_to_id FROM risk_escalations WHERE workspace_id = @WorkspaceId AND id = @Id;";
        var rows = await session.Connection.QueryAsync<(long Number, long Score, long? EscalatedToId)>(
            session.Command(Sql, new { WorkspaceId = workspaceId, Id = escalationId }, cancellationToken));
        return rows.Select(r => new RiskEscalationRecord(new RiskId((int)r.Number), (int)r.Score, r.EscalatedToId)).FirstOrDefault();
    }

    private static object Parameters(Risk risk) => new
    {
        risk.WorkspaceId, risk.Id.Number, risk.ProjectId, risk.ProgramId, risk.Title, risk.Probability, risk.Impact,
        risk.OwnerId, risk.Mitigation, risk.ReviewDate, Status = (int)risk.Status, risk.ClosingNote, risk.CreatedBy,
        risk.CreatedAt, risk.UpdatedAt,
    };

    private static object QueryParameters(long workspaceId, RiskQuery query) => new
    {
        WorkspaceId = workspaceId, query.ProjectId, query.ProgramId, OpenOnly = query.OpenOnly ? 1 : 0, query.Limit, query.CreatedAfter,
        query.EscalatedAfter, AnyScope = query.Within is null ? 1 : 0, WithinProjects = query.Within?.ProjectIds.ToArray() ?? [],
        WithinProgram = query.Within?.ProgramId,
    };
}
