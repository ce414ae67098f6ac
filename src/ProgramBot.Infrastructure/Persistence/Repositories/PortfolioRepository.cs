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

    public Task AddLessonAsync(long workspaceId, long projectId, string text, long createdBy, DateTimeOffset at, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(session.Command(
            "INSERT INTO lessons (workspace_id, project_id, text, created_by, created_at) VALUES (@WorkspaceId, @ProjectId, @Text, @CreatedBy, @At);",
            new { WorkspaceId = workspaceId, ProjectId = projectId, Text = text, CreatedBy = createdBy, At = at }, cancellationToken));

    public async Task<(IReadOnlyList<Lesson> Lessons, int Total)> ListLessonsAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, int limit, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT p.key AS ProjectKey, l.text AS Text, m.name AS Author, l.created_at AS At, COUNT(*) OVER () AS Total
            FROM lessons l
            JOIN projects p ON p.workspace_id = l.workspace_id AND p.id = l.project_id
            JOIN members m ON m.workspace_id = l.workspace_id AND m.id = l.created_by
            WHERE l.workspace_id = @WorkspaceId AND l.project_id IN @ProjectIds
            ORDER BY l.id DESC LIMIT @Limit;
            """;
        var rows = (await session.Connection.QueryAsync<LessonRow>(session.Command(
            Sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds, Limit = limit }, cancellationToken))).ToList();
        return ([.. rows.Select(r => new Lesson(r.ProjectKey, r.Text, r.Author, r.At))], rows.Count == 0 ? 0 : (int)rows[0].Total);
    }

    private sealed class LessonRow
    {
        public string ProjectKey { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;

        public string Author { get; set; } = string.Empty;

        public DateTimeOffset At { get; set; }

        public long Total { get; set; }
    }
}
