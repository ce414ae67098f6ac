using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class ApprovalRepository(DbSession session) : IApprovalRepository
{
    private const string ApprovalColumns = """
        SELECT workspace_id AS WorkspaceId, number AS Number, kind AS Kind, subject AS Subject, project_id AS ProjectId,
               requester_id AS RequesterId, policy AS Policy, status AS Status, due_date AS DueDate, risk_number AS RiskNumber,
               created_at AS CreatedAt
        """;

    private const string SelectApprovals = ApprovalColumns + " FROM approvals";

    private const string SelectApprovers = """
        SELECT approval_number AS ApprovalNumber, member_id AS MemberId, position AS Position, decision AS Decision,
               comment AS Comment, decided_at AS DecidedAt
        FROM approval_approvers
        """;

    public Task<int> TakeNextNumberAsync(long workspaceId, CancellationToken cancellationToken) =>
        Counters.NextAsync(session, workspaceId, "approval", cancellationToken);

    public async Task AddAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string Insert = """
            INSERT INTO approvals (workspace_id, number, kind, subject, project_id, requester_id, policy, status, due_date, risk_number, created_at)
            VALUES (@WorkspaceId, @Number, @Kind, @Subject, @ProjectId, @RequesterId, @Policy, @Status, @DueDate, @RiskNumber, @CreatedAt);
            """;
        await session.Connection.ExecuteAsync(session.Command(Insert, new
        {
            request.WorkspaceId, request.Id.Number, Kind = (int)request.Kind, request.Subject, request.ProjectId, request.RequesterId,
            Policy = (int)request.Policy, Status = (int)request.Status, request.DueDate, request.RiskNumber, request.CreatedAt,
        }, cancellationToken));
        const string InsertApprover = """
            INSERT INTO approval_approvers (workspace_id, approval_number, member_id, position)
            VALUES (@WorkspaceId, @Number, @MemberId, @Position);
            """;
        var approvers = request.ApproverIds.Select((memberId, position) => new { request.WorkspaceId, request.Id.Number, MemberId = memberId, Position = position });
        await session.Connection.ExecuteAsync(session.Command(InsertApprover, approvers.ToArray(), cancellationToken));
    }

    public async Task<ApprovalRequest?> FindAsync(long workspaceId, ApprovalId id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"{SelectApprovals} WHERE workspace_id = @WorkspaceId AND number = @Number;", new { WorkspaceId = workspaceId, id.Number }, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<bool> RecordDecisionAsync(
        long workspaceId, ApprovalId id, ApprovalDecision decision, ApprovalStatus newStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        const string Decide = """
            UPDATE approval_approvers SET decision = @Decision, comment = @Comment, decided_at = @At
            WHERE workspace_id = @WorkspaceId AND approval_number = @Number AND member_id = @ApproverId AND decision IS NULL
              AND EXISTS (SELECT 1 FROM approvals WHERE workspace_id = @WorkspaceId AND number = @Number AND status = 0);
            """;
        var parameters = new
        {
            WorkspaceId = workspaceId, id.Number, decision.ApproverId, Decision = decision.Approved ? 1 : 0, decision.Comment, decision.At,
            Status = (int)newStatus,
        };
        if (await session.Connection.ExecuteAsync(session.Command(Decide, parameters, cancellationToken)) != 1)
        {
            return false;
        }

        const string Settle = """
            UPDATE approvals SET status = @Status, decided_at = CASE WHEN @Status = 0 THEN NULL ELSE @At END
            WHERE workspace_id = @WorkspaceId AND number = @Number AND status = 0;
            """;
        await session.Connection.ExecuteAsync(session.Command(Settle, parameters, cancellationToken));
        return true;
    }

    public async Task<bool> ExpireAsync(long workspaceId, ApprovalId id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = "UPDATE approvals SET status = 4, decided_at = @Now WHERE workspace_id = @WorkspaceId AND number = @Number AND status = 0;";
        return await session.Connection.ExecuteAsync(session.Command(Sql, new { WorkspaceId = workspaceId, id.Number, Now = now }, cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<ApprovalRequest>> ListAsync(long workspaceId, ApprovalQuery query, CancellationToken cancellationToken) =>
        (await ListWithTotalAsync(workspaceId, query, cancellationToken)).Items;

    public Task<(IReadOnlyList<ApprovalRequest> Items, int Total)> ListWithTotalAsync(long workspaceId, ApprovalQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var order = query.OldestFirst ? "number" : "number DESC";
        var sql = $"""
            {ApprovalColumns}, COUNT(*) OVER () AS Total
            FROM approvals
            WHERE workspace_id = @WorkspaceId
              AND (@PendingOnly = 0 OR status = 0)
              AND (@RequesterId IS NULL OR requester_id = @RequesterId)
              AND (@ApproverId IS NULL OR EXISTS (SELECT 1 FROM approval_approvers a WHERE a.workspace_id = @WorkspaceId
                   AND a.approval_number = approvals.number AND a.member_id = @ApproverId AND a.decision IS NULL))
              AND (@AnyProject = 1 OR project_id IN @ProjectIds)
            ORDER BY {order} LIMIT @Limit;
            """;
        var parameters = new
        {
            WorkspaceId = workspaceId, PendingOnly = query.PendingOnly ? 1 : 0, query.RequesterId, query.ApproverId, query.Limit,
            AnyProject = query.ProjectIds is null ? 1 : 0, ProjectIds = query.ProjectIds?.ToArray() ?? [],
        };
        return QueryWithTotalAsync(sql, parameters, cancellationToken);
    }

    public Task AddMessageAsync(long workspaceId, ApprovalId id, PostedMessage message, int shownVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        const string Sql = """
            INSERT INTO approval_messages
                (workspace_id, approval_number, channel_id, service_url, conversation_id, activity_id, tenant_id, shown_version, target_version)
            VALUES (@WorkspaceId, @Number, @ChannelId, @ServiceUrl, @ConversationId, @ActivityId, @TenantId, @ShownVersion,
                    (SELECT COUNT(*) FROM approval_approvers
                     WHERE workspace_id = @WorkspaceId AND approval_number = @Number AND decision IS NOT NULL))
            ON CONFLICT (workspace_id, approval_number, conversation_id, activity_id) DO NOTHING;
            """;
        return session.Connection.ExecuteAsync(session.Command(Sql, new
        {
            WorkspaceId = workspaceId, id.Number, message.ChannelId, message.ServiceUrl, message.ConversationId, message.ActivityId, message.TenantId,
            ShownVersion = shownVersion,
        }, cancellationToken));
    }

    public async Task<IReadOnlyList<PostedMessage>> ListMessagesAsync(long workspaceId, ApprovalId id, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT channel_id AS ChannelId, service_url AS ServiceUrl, conversation_id AS ConversationId, activity_id AS ActivityId, tenant_id AS TenantId
            FROM approval_messages WHERE workspace_id = @WorkspaceId AND approval_number = @Number AND given_up_at IS NULL ORDER BY id;
            """;
        var rows = await session.Connection.QueryAsync<MessageRow>(session.Command(Sql, new { WorkspaceId = workspaceId, id.Number }, cancellationToken));
        return [.. rows.Select(r => new PostedMessage(r.ChannelId, r.ServiceUrl, r.ConversationId, r.ActivityId, r.TenantId))];
    }

    private async Task<IReadOnlyList<ApprovalRequest>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        (await QueryWithTotalAsync(sql, parameters, cancellationToken)).Items;

    /// <summary>The requests with their approvers (one more query), and the rows' window Total when the SQL selects one.</summary>
    private async Task<(IReadOnlyList<ApprovalRequest> Items, int Total)> QueryWithTotalAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var approvals = (await session.Connection.QueryAsync<ApprovalRow>(session.Command(sql, parameters, cancellationToken))).ToList();
        if (approvals.Count == 0)
        {
            return ([], 0);
        }

        var numbers = approvals.Select(a => a.Number).ToArray();
        var approvers = await session.Connection.QueryAsync<ApproverRow>(session.Command(
            $"{SelectApprovers} WHERE workspace_id = @WorkspaceId AND approval_number IN @Numbers;",
            new { approvals[0].WorkspaceId, Numbers = numbers }, cancellationToken));
        var byNumber = approvers.ToLookup(a => a.ApprovalNumber);
        return ([.. approvals.Select(a => a.ToDomain(byNumber[a.Number]))], checked((int)approvals[0].Total));
    }

    private sealed class MessageRow
    {
        public string ChannelId { get; set; } = string.Empty;

        public string ServiceUrl { get; set; } = string.Empty;

        public string ConversationId { get; set; } = string.Empty;

        public string ActivityId { get; set; } = string.Empty;

        public string? TenantId { get; set; }
    }
}
