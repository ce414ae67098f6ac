using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Approvals;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class ApprovalCopyRepository(DbSession session) : IApprovalCopyRepository
{
    private const string CopyKey = """
        workspace_id = @WorkspaceId AND approval_number = @Number AND conversation_id = @ConversationId AND activity_id = @ActivityId
        """;

    private const string Behind = "m.given_up_at IS NULL AND m.shown_version < m.target_version";

    private const string NoticeKey = "workspace_id = @WorkspaceId AND approval_number = @Number";

    public Task MarkOutdatedAsync(long workspaceId, ApprovalId id, int version, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE approval_messages SET target_version = @Version
            WHERE workspace_id = @WorkspaceId AND approval_number = @Number AND target_version < @Version;
            """;
        return session.Connection.ExecuteAsync(session.Command(Sql, new { WorkspaceId = workspaceId, id.Number, Version = version }, cancellationToken));
    }

    public async Task<int?> ClaimUpdateAsync(
        long workspaceId, ApprovalId id, PostedMessage message, int version, DateTimeOffset now, DateTimeOffset until, bool dueOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        // One conditional update: of a turn, a job and other instances, one holds the copy's update at a time, and only
        // for the version the copy should show now (a turn that lost the race to a newer decision leaves it to that one).
        const string Sql = $"""
            UPDATE approval_messages SET update_claimed_until = @Until
            WHERE {CopyKey} AND given_up_at IS NULL AND target_version <= @Version AND shown_version < @Version
              AND (update_claimed_until IS NULL OR update_claimed_until <= @Now)
              AND (@AnyTime = 1 OR next_update_at IS NULL OR next_update_at <= @Now)
            RETURNING update_failures;
            """;
        var parameters = new
        {
            WorkspaceId = workspaceId, id.Number, message.ConversationId, message.ActivityId, Version = version, Now = now, Until = until,
            AnyTime = dueOnly ? 0 : 1,
        };
        var failures = await session.Connection.QuerySingleOrDefaultAsync<long?>(session.Command(Sql, parameters, cancellationToken));
        return (int?)failures;
    }

    public async Task<bool> RecordShownAsync(
        long workspaceId, ApprovalId id, PostedMessage message, int version, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        const string Sql = $"""
            UPDATE approval_messages
            SET shown_version = CASE WHEN shown_version < @Version THEN @Version ELSE shown_version END,
                update_failures = 0, next_update_at = NULL, update_claimed_until = NULL
            WHERE {CopyKey} AND update_claimed_until = @ClaimedUntil
            RETURNING CASE WHEN target_version > shown_version THEN 1 ELSE 0 END;
            """;
        var parameters = new { WorkspaceId = workspaceId, id.Number, message.ConversationId, message.ActivityId, Version = version, ClaimedUntil = claimedUntil };
        return await session.Connection.QuerySingleOrDefaultAsync<long?>(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public Task DeferUpdateAsync(
        long workspaceId, ApprovalId id, PostedMessage message, DateTimeOffset claimedUntil, int failures, DateTimeOffset nextTry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        const string Sql = $"""
            UPDATE approval_messages SET update_failures = @Failures, next_update_at = @NextTry, update_claimed_until = NULL
            WHERE {CopyKey} AND update_claimed_until = @ClaimedUntil;
            """;
        var parameters = new
        {
            WorkspaceId = workspaceId, id.Number, message.ConversationId, message.ActivityId, ClaimedUntil = claimedUntil, Failures = failures, NextTry = nextTry,
        };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    public Task GiveUpAsync(long workspaceId, ApprovalId id, PostedMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        const string Sql = $"UPDATE approval_messages SET given_up_at = @Now, update_claimed_until = NULL WHERE {CopyKey} AND given_up_at IS NULL;";
        var parameters = new { WorkspaceId = workspaceId, id.Number, message.ConversationId, message.ActivityId, Now = now };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    public async Task<IReadOnlyList<OutdatedApprovalCopy>> ListOutdatedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        // Never-tried copies first, then the longest waiting: copies that keep failing move back and cannot starve newer ones.
        const string Sql = $"""
            SELECT m.workspace_id AS WorkspaceId, m.approval_number AS Number, m.channel_id AS ChannelId, m.service_url AS ServiceUrl,
                   m.conversation_id AS ConversationId, m.activity_id AS ActivityId, m.tenant_id AS TenantId, m.target_version AS TargetVersion,
                   w.default_time_zone AS WorkspaceZone
            FROM approval_messages m
            JOIN workspaces w ON w.id = m.workspace_id
            WHERE {Behind}
              AND (m.update_claimed_until IS NULL OR m.update_claimed_until <= @Now)
              AND (m.next_update_at IS NULL OR m.next_update_at <= @Now)
            ORDER BY CASE WHEN m.next_update_at IS NULL THEN 0 ELSE 1 END, m.next_update_at, m.id
            LIMIT @Limit;
            """;
        var rows = await session.Connection.QueryAsync<OutdatedCopyRow>(session.Command(Sql, new { Now = now, Limit = limit }, cancellationToken));
        return [.. rows.Select(r => r.ToCopy())];
    }

    public async Task<DateTimeOffset?> NextDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A copy is due once both its claim has run out and its next try has come: the later of the two (text order is time order).
        const string Sql = $"""
            SELECT MIN(due) AS At FROM (
                SELECT CASE WHEN COALESCE(m.update_claimed_until, '') > COALESCE(m.next_update_at, '')
                            THEN m.update_claimed_until ELSE m.next_update_at END AS due
                FROM approval_messages m WHERE {Behind}) copies
            WHERE due > @Now;
            """;
        var next = await session.Connection.QuerySingleAsync<NextDueRow>(session.Command(Sql, new { Now = now }, cancellationToken));
        return next.At;
    }

    public Task AddNoticeAsync(long workspaceId, ApprovalId id, RequesterNotice notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        const string Sql = """
            INSERT INTO approval_notices (workspace_id, approval_number, channel_user_id, name, text, created_at, claims)
            VALUES (@WorkspaceId, @Number, @ChannelUserId, @Name, @Text, @Now, 0)
            ON CONFLICT (workspace_id, approval_number) DO NOTHING;
            """;
        var parameters = new { WorkspaceId = workspaceId, id.Number, notice.ChannelUserId, notice.Name, notice.Text, Now = now };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    public async Task<bool> ClaimNoticeAsync(
        long workspaceId, ApprovalId id, DateTimeOffset now, DateTimeOffset staleBefore, int maxClaims, CancellationToken cancellationToken)
    {
        // One conditional update: of several turns, jobs or instances, one wins the claim (or the take-over of a dead one's).
        const string Sql = $"""
            UPDATE approval_notices SET claimed_at = @Now, claims = claims + 1
            WHERE {NoticeKey} AND completed_at IS NULL AND claims < @MaxClaims AND (claimed_at IS NULL OR claimed_at <= @StaleBefore);
            """;
        var parameters = new { WorkspaceId = workspaceId, id.Number, Now = now, StaleBefore = staleBefore, MaxClaims = maxClaims };
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public async Task<bool> CompleteNoticeAsync(
        long workspaceId, ApprovalId id, DateTimeOffset claimedAt, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = $"""
            UPDATE approval_notices SET completed_at = @Now, outcome = @Outcome
            WHERE {NoticeKey} AND claimed_at = @ClaimedAt AND completed_at IS NULL;
            """;
        var parameters = new { WorkspaceId = workspaceId, id.Number, ClaimedAt = claimedAt, Outcome = outcome, Now = now };
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public Task ReleaseNoticeAsync(long workspaceId, ApprovalId id, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        const string Sql = $"UPDATE approval_notices SET claimed_at = NULL WHERE {NoticeKey} AND claimed_at = @ClaimedAt AND completed_at IS NULL;";
        return session.Connection.ExecuteAsync(session.Command(Sql, new { WorkspaceId = workspaceId, id.Number, ClaimedAt = claimedAt }, cancellationToken));
    }

    public async Task<bool> AbandonNoticeAsync(
        long workspaceId, ApprovalId id, DateTimeOffset staleBefore, int maxClaims, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = $"""
            UPDATE approval_notices SET completed_at = @Now, outcome = @Outcome
            WHERE {NoticeKey} AND completed_at IS NULL AND claims >= @MaxClaims AND (claimed_at IS NULL OR claimed_at <= @StaleBefore);
            """;
        var parameters = new { WorkspaceId = workspaceId, id.Number, StaleBefore = staleBefore, MaxClaims = maxClaims, Outcome = outcome, Now = now };
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<OpenApprovalNotice>> ListDueNoticesAsync(DateTimeOffset staleBefore, int limit, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT workspace_id AS WorkspaceId, approval_number AS Number, channel_user_id AS ChannelUserId, name AS Name, text AS Text,
                   claimed_at AS ClaimedAt, claims AS Claims
            FROM approval_notices
            WHERE completed_at IS NULL AND (claimed_at IS NULL OR claimed_at <= @StaleBefore)
            ORDER BY created_at
            LIMIT @Limit;
            """;
        var rows = await session.Connection.QueryAsync<OpenNoticeRow>(session.Command(Sql, new { StaleBefore = staleBefore, Limit = limit }, cancellationToken));
        return [.. rows.Select(r => r.ToNotice())];
    }
}
