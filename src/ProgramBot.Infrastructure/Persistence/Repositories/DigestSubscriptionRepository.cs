using System.Globalization;
using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class DigestSubscriptionRepository(DbSession session) : IDigestSubscriptionRepository
{
    private const string Select = """
        SELECT workspace_id AS WorkspaceId, number AS Number, conversation_id AS ConversationId, scope_kind AS ScopeKind,
               program_id AS ProgramId, project_id AS ProjectId, schedule_kind AS ScheduleKind, schedule_day AS ScheduleDay,
               schedule_cron AS ScheduleCron, schedule_at AS ScheduleAt, schedule_zone AS ScheduleZone, created_by AS CreatedBy,
               created_at AS CreatedAt, last_slot AS LastSlot, last_snapshot AS LastSnapshot, failing_reason AS FailingReason,
               to_stakeholders AS ToStakeholders
        FROM digest_subscriptions
        """;

    public Task<int> TakeNextNumberAsync(long workspaceId, CancellationToken cancellationToken) =>
        Counters.NextAsync(session, workspaceId, "digest", cancellationToken);

    public Task AddAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        const string Sql = """
            INSERT INTO digest_subscriptions (workspace_id, number, conversation_id, scope_kind, program_id, project_id, schedule_kind,
                schedule_day, schedule_cron, schedule_at, schedule_zone, created_by, created_at, to_stakeholders)
            VALUES (@WorkspaceId, @Number, @ConversationId, @ScopeKind, @ProgramId, @ProjectId, @ScheduleKind,
                @ScheduleDay, @ScheduleCron, @ScheduleAt, @ScheduleZone, @CreatedBy, @CreatedAt, @ToStakeholders);
            """;
        var s = subscription;
        return session.Connection.ExecuteAsync(session.Command(Sql, new
        {
            s.WorkspaceId, s.Number, s.ConversationId, ScopeKind = (int)s.Scope.Kind, s.Scope.ProgramId, s.Scope.ProjectId,
            ScheduleKind = s.Schedule.Kind, ScheduleDay = (int?)s.Schedule.Day, ScheduleCron = s.Schedule.Cron,
            ScheduleAt = s.Schedule.At.ToString("HH:mm", CultureInfo.InvariantCulture), ScheduleZone = s.Schedule.ZoneId, s.CreatedBy, s.CreatedAt,
            ToStakeholders = s.ToStakeholders ? 1 : 0,
        }, cancellationToken));
    }

    public async Task<IReadOnlyList<DigestSubscription>> ListAllAsync(CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} ORDER BY workspace_id, number;";
        var rows = await session.Connection.QueryAsync<DigestSubscriptionRow>(session.Command(Sql, null, cancellationToken));
        return [.. rows.Select(r => r.ToDomain())];
    }

    public async Task<DigestSubscription?> FindAsync(long workspaceId, int number, CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} WHERE workspace_id = @WorkspaceId AND number = @Number;";
        var row = await session.Connection.QuerySingleOrDefaultAsync<DigestSubscriptionRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, Number = number }, cancellationToken));
        return row?.ToDomain();
    }

    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(long workspaceId, string? conversationId, CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} WHERE workspace_id = @WorkspaceId AND (@ConversationId IS NULL OR conversation_id = @ConversationId) ORDER BY number;";
        var rows = await session.Connection.QueryAsync<DigestSubscriptionRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, ConversationId = conversationId }, cancellationToken));
        return [.. rows.Select(r => r.ToDomain())];
    }

    public async Task<bool> RemoveAsync(long workspaceId, int number, CancellationToken cancellationToken)
    {
        const string Sql = "DELETE FROM digest_subscriptions WHERE workspace_id = @WorkspaceId AND number = @Number;";
        return await session.Connection.ExecuteAsync(session.Command(Sql, new { WorkspaceId = workspaceId, Number = number }, cancellationToken)) == 1;
    }

    public async Task<bool> ClaimSlotAsync(
        long workspaceId, int number, DateTimeOffset slot, DateTimeOffset now, DateTimeOffset staleBefore, int maxClaims, CancellationToken cancellationToken)
    {
        // The conditional update is the take-over of a claim whose process died: atomic, so one caller wins it too.
        const string Sql = """
            INSERT INTO digest_slots (workspace_id, subscription_number, slot, claimed_at, claims) VALUES (@WorkspaceId, @Number, @Slot, @Now, 1)
            ON CONFLICT (workspace_id, subscription_number, slot) DO UPDATE SET claimed_at = excluded.claimed_at, claims = digest_slots.claims + 1
            WHERE digest_slots.completed_at IS NULL AND digest_slots.claimed_at <= @StaleBefore AND digest_slots.claims < @MaxClaims;
            """;
        var parameters = new { WorkspaceId = workspaceId, Number = number, Slot = slot, Now = now, StaleBefore = staleBefore, MaxClaims = maxClaims };
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public Task CompleteSlotAsync(
        long workspaceId, int number, DateTimeOffset slot, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE digest_slots SET completed_at = @Now
            WHERE workspace_id = @WorkspaceId AND subscription_number = @Number AND completed_at IS NULL
              AND (slot = @Slot OR claimed_at <= @StaleBefore);
            """;
        var parameters = new { WorkspaceId = workspaceId, Number = number, Slot = slot, Now = now, StaleBefore = staleBefore };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    public Task ReleaseClaimAsync(long workspaceId, int number, DateTimeOffset slot, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE digest_slots SET claimed_at = @Expired
            WHERE workspace_id = @WorkspaceId AND subscription_number = @Number AND slot = @Slot
              AND claimed_at = @ClaimedAt AND completed_at IS NULL;
            """;
        var parameters = new { WorkspaceId = workspaceId, Number = number, Slot = slot, ClaimedAt = claimedAt, Expired = DateTimeOffset.MinValue };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    public async Task<bool> RenewClaimAsync(
        long workspaceId, int number, DateTimeOffset slot, DateTimeOffset claimedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE digest_slots SET claimed_at = @Now
            WHERE workspace_id = @WorkspaceId AND subscription_number = @Number AND slot = @Slot
              AND claimed_at = @ClaimedAt AND completed_at IS NULL;
            """;
        var parameters = new { WorkspaceId = workspaceId, Number = number, Slot = slot, ClaimedAt = claimedAt, Now = now };
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<OpenDigestSlot>> ListOpenSlotsAsync(CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT s.workspace_id AS WorkspaceId, s.subscription_number AS Number, s.slot AS Slot, s.claimed_at AS ClaimedAt,
                   s.claims AS Claims, d.number IS NOT NULL AS Subscribed
            FROM digest_slots s
            LEFT JOIN digest_subscriptions d ON d.workspace_id = s.workspace_id AND d.number = s.subscription_number
            WHERE s.completed_at IS NULL
            ORDER BY s.claimed_at;
            """;
        var rows = await session.Connection.QueryAsync<OpenDigestSlotRow>(session.Command(Sql, null, cancellationToken));
        return [.. rows.Select(r => r.ToOpenSlot())];
    }

    public Task RecordAttemptAsync(long workspaceId, int number, DateTimeOffset slot, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = """
            INSERT INTO digest_attempts (workspace_id, subscription_number, slot, outcome, attempted_at)
            VALUES (@WorkspaceId, @Number, @Slot, @Outcome, @Now);
            """;
        var parameters = new { WorkspaceId = workspaceId, Number = number, Slot = slot, Outcome = outcome, Now = now };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    public Task RecordDeliveredAsync(long workspaceId, int number, DateTimeOffset slot, string snapshot, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE digest_subscriptions SET last_slot = @Slot, last_snapshot = @Snapshot, failing_reason = NULL
            WHERE workspace_id = @WorkspaceId AND number = @Number;
            """;
        var parameters = new { WorkspaceId = workspaceId, Number = number, Slot = slot, Snapshot = snapshot };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    public Task SetFailingAsync(long workspaceId, int number, string? reason, CancellationToken cancellationToken)
    {
        const string Sql = "UPDATE digest_subscriptions SET failing_reason = @Reason WHERE workspace_id = @WorkspaceId AND number = @Number;";
        return session.Connection.ExecuteAsync(session.Command(Sql, new { WorkspaceId = workspaceId, Number = number, Reason = reason }, cancellationToken));
    }
}
