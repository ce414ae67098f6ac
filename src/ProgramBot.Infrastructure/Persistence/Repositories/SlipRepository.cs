using System.Globalization;
using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class SlipRepository(DbSession session) : ISlipRepository
{
    public Task<long> RecordAsync(long workspaceId, RecentSlip summary, bool crossProject, string report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        const string Sql = """
            INSERT INTO slip_changes (workspace_id, summary, project_ids, cross_project, report, created_at)
            VALUES (@WorkspaceId, @Summary, @ProjectIds, @CrossProject, @Report, @Now) RETURNING id;
            """;
        var projectIds = string.Join(',', summary.ProjectIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return session.Connection.ExecuteScalarAsync<long>(session.Command(
            Sql, new { WorkspaceId = workspaceId, summary.Summary, ProjectIds = projectIds, CrossProject = crossProject ? 1 : 0, Report = report, Now = now }, cancellationToken));
    }

    public Task<string?> FindReportAsync(long workspaceId, long changeId, CancellationToken cancellationToken) =>
        session.Connection.ExecuteScalarAsync<string?>(session.Command(
            "SELECT report FROM slip_changes WHERE workspace_id = @WorkspaceId AND id = @Id;", new { WorkspaceId = workspaceId, Id = changeId }, cancellationToken));

    public async Task<IReadOnlyList<SlipAudience>> ListAudienceAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT a.conversation_id AS ConversationId, a.channel_id AS ChannelId, a.service_url AS ServiceUrl, a.tenant_id AS TenantId,
                   a.bot_id AS BotId, a.bot_name AS BotName, b.project_id AS ProjectId, NULL AS MemberId
            FROM channel_bindings b
            JOIN conversation_addresses a ON a.workspace_id = b.workspace_id AND a.conversation_id = b.conversation_id
            WHERE b.workspace_id = @WorkspaceId AND b.project_id IN @ProjectIds
            UNION ALL
            SELECT a.conversation_id, a.channel_id, a.service_url, a.tenant_id, a.bot_id, a.bot_name, NULL, a.member_id
            FROM conversation_addresses a
            WHERE a.workspace_id = @WorkspaceId AND a.member_id IN @MemberIds AND a.conversation_type = 'personal';
            """;
        var rows = await session.Connection.QueryAsync<AudienceRow>(session.Command(
            Sql, new { WorkspaceId = workspaceId, ProjectIds = projectIds.ToArray(), MemberIds = memberIds.ToArray() }, cancellationToken));
        return [.. rows.Select(r => new SlipAudience(
            new ConversationAddress(workspaceId, r.ConversationId, r.ChannelId, r.ServiceUrl, r.TenantId, r.BotId, r.BotName), r.ProjectId, r.MemberId))];
    }

    public async Task<IReadOnlyList<RecentSlip>> ListRecentCrossProjectAsync(long workspaceId, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT summary, project_ids FROM slip_changes
            WHERE workspace_id = @WorkspaceId AND cross_project = 1 AND created_at >= @Since
            ORDER BY id DESC LIMIT @Limit;
            """;
        var rows = await session.Connection.QueryAsync<(string Summary, string ProjectIds)>(session.Command(
            Sql, new { WorkspaceId = workspaceId, Since = since, Limit = limit }, cancellationToken));
        return [.. rows.Select(r => new RecentSlip(r.Summary, [.. r.ProjectIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => long.Parse(id, CultureInfo.InvariantCulture))]))];
    }

    private sealed class AudienceRow
    {
        public string ConversationId { get; set; } = string.Empty;

        public string ChannelId { get; set; } = string.Empty;

        public string ServiceUrl { get; set; } = string.Empty;

        public string? TenantId { get; set; }

        public string BotId { get; set; } = string.Empty;

        public string? BotName { get; set; }

        public long? ProjectId { get; set; }

        public long? MemberId { get; set; }
    }
}
