using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Risks;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>Workspaces are the tenant root: the only table looked up without a workspace id.</summary>
internal sealed class WorkspaceRepository(DbSession session) : IWorkspaceRepository
{
    private const string SelectByExternalId = """
        SELECT id AS Id, external_id AS ExternalId, default_time_zone AS DefaultTimeZone, created_at AS CreatedAt
        FROM workspaces
        WHERE external_id = @ExternalId;
        """;

    public async Task<Workspace?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalId);
        var row = await session.Connection.QuerySingleOrDefaultAsync<WorkspaceRow>(
            session.Command(SelectByExternalId, new { ExternalId = externalId }, cancellationToken));
        return row?.ToDomain();
    }

    public async Task<Workspace> GetOrAddAsync(
        string externalId, string defaultTimeZone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalId);
        ArgumentNullException.ThrowIfNull(defaultTimeZone);
        const string Insert = """
            INSERT INTO workspaces (external_id, default_time_zone, created_at)
            VALUES (@ExternalId, @DefaultTimeZone, @Now)
            ON CONFLICT (external_id) DO NOTHING;
            """;
        await session.Connection.ExecuteAsync(session.Command(
            Insert, new { ExternalId = externalId, DefaultTimeZone = defaultTimeZone, Now = now }, cancellationToken));
        var row = await session.Connection.QuerySingleAsync<WorkspaceRow>(
            session.Command(SelectByExternalId, new { ExternalId = externalId }, cancellationToken));
        return row.ToDomain();
    }

    public async Task<RiskPolicy> GetRiskPolicyAsync(long workspaceId, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT risk_medium_from AS MediumFrom, risk_high_from AS HighFrom, risk_critical_from AS CriticalFrom,
                   risk_escalation_threshold AS EscalationThreshold
            FROM workspaces WHERE id = @WorkspaceId;
            """;
        var row = await session.Connection.QuerySingleOrDefaultAsync<RiskPolicyRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId }, cancellationToken));
        return row is null ? RiskPolicy.Default : new RiskPolicy(row.MediumFrom, row.HighFrom, row.CriticalFrom, row.EscalationThreshold);
    }

    public Task SetRiskPolicyAsync(long workspaceId, RiskPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        const string Sql = """
            UPDATE workspaces SET risk_medium_from = @MediumFrom, risk_high_from = @HighFrom,
                risk_critical_from = @CriticalFrom, risk_escalation_threshold = @EscalationThreshold
            WHERE id = @WorkspaceId;
            """;
        var parameters = new { WorkspaceId = workspaceId, policy.MediumFrom, policy.HighFrom, policy.CriticalFrom, policy.EscalationThreshold };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    private sealed class WorkspaceRow
    {
        public long Id { get; set; }

        public string ExternalId { get; set; } = string.Empty;

        public string DefaultTimeZone { get; set; } = string.Empty;

        public DateTimeOffset CreatedAt { get; set; }

        public Workspace ToDomain() => new(Id, ExternalId, DefaultTimeZone, CreatedAt);
    }

    private sealed class RiskPolicyRow
    {
        public int MediumFrom { get; set; }

        public int HighFrom { get; set; }

        public int CriticalFrom { get; set; }

        public int EscalationThreshold { get; set; }
    }
}
