using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Health;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class PortfolioRepository(DbSession session) : IPortfolioRepository
{
    public Task SetProjectProgramAsync(long workspaceId, long projectId, long programId, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(session.Command(
            "UPDATE projects SET program_id = @ProgramId WHERE workspace_id = @WorkspaceId AND id = @ProjectId;",
            new { WorkspaceId = workspaceId, ProjectId = projectId, ProgramId = programId }, cancellationToken));

    public async Task SetStakeholdersAsync(long workspaceId, long programId, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var program = new { WorkspaceId = workspaceId, ProgramId = programId };
        await session.Connection.ExecuteAsync(session.Command(
            "DELETE FROM program_stakeholders WHERE workspace_id = @WorkspaceId AND program_id = @ProgramId;", program, cancellationToken));
        await session.Connection.ExecuteAsync(session.Command(
            "INSERT INTO program_stakeholders (workspace_id, program_id, member_id) VALUES (@WorkspaceId, @ProgramId, @MemberId) ON CONFLICT DO NOTHING;",
            memberIds.Select(id => new { WorkspaceId = workspaceId, ProgramId = programId, MemberId = id }).ToList(), cancellationToken));
    }

    public async Task<IReadOnlyList<long>> ListStakeholdersAsync(long workspaceId, long programId, CancellationToken cancellationToken)
    {
        var ids = await session.Connection.QueryAsync<long>(session.Command(
            "SELECT member_id FROM program_stakeholders WHERE workspace_id = @WorkspaceId AND program_id = @ProgramId ORDER BY member_id;",
            new { WorkspaceId = workspaceId, ProgramId = programId }, cancellationToken));
        return [.. ids];
    }

    public Task SetRagOverrideAsync(long workspaceId, long projectId, RagOverride value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        const string Sql = """
            INSERT INTO project_rag_overrides (workspace_id, project_id, rag, reason, set_by, set_at, expires_at)
            VALUES (@WorkspaceId, @ProjectId, @Rag, @Reason, @SetBy, @SetAt, @ExpiresAt)
            ON CONFLICT (workspace_id, project_id) DO UPDATE SET
                rag = excluded.rag, reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at, expires_at = excluded.expires_at;
            """;
        return session.Connection.ExecuteAsync(session.Command(Sql, new
        {
            WorkspaceId = workspaceId, ProjectId = projectId, Rag = (int)value.Rag, value.Reason, value.SetBy, value.SetAt, value.ExpiresAt,
        }, cancellationToken));
    }

    public Task SetBudgetAsync(long workspaceId, long projectId, long cents, string currency, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(session.Command(
            "UPDATE projects SET budget_cents = @Cents, budget_currency = @Currency WHERE workspace_id = @WorkspaceId AND id = @ProjectId;",
            new { WorkspaceId = workspaceId, ProjectId = projectId, Cents = cents, Currency = currency }, cancellationToken));

    public Task AddSpendAsync(long workspaceId, long projectId, long cents, string note, long spentBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        const string Sql = """
            INSERT INTO project_spend (workspace_id, project_id, amount_cents, note, spent_by, spent_at)
            VALUES (@WorkspaceId, @ProjectId, @Cents, @Note, @SpentBy, @At);
            """;
        return session.Connection.ExecuteAsync(session.Command(
            Sql, new { WorkspaceId = workspaceId, ProjectId = projectId, Cents = cents, Note = note, SpentBy = spentBy, At = at }, cancellationToken));
    }
}
