using Dapper;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class NoticeRepository(DbSession session) : INoticeRepository
{
    private const string SelectJob = """
        SELECT id AS Id, workspace_id AS WorkspaceId, kind AS Kind, argument AS Argument, created_at AS CreatedAt,
               queued_at AS QueuedAt, queued AS Queued
        FROM notice_jobs
        """;

    public async Task<bool> AddJobAsync(long workspaceId, string kind, string argument, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = """
            INSERT INTO notice_jobs (workspace_id, kind, argument, created_at) VALUES (@WorkspaceId, @Kind, @Argument, @Now)
            ON CONFLICT (kind, argument) DO NOTHING;
            """;
        var parameters = new { WorkspaceId = workspaceId, Kind = kind, Argument = argument, Now = now };
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<NoticeJob>> ListUnqueuedJobsAsync(long workspaceId, CancellationToken cancellationToken)
    {
        const string Sql = $"{SelectJob} WHERE workspace_id = @WorkspaceId AND done_at IS NULL AND queued = 0 ORDER BY id;";
        var rows = await session.Connection.QueryAsync<NoticeJobRow>(session.Command(Sql, new { WorkspaceId = workspaceId }, cancellationToken));
        return [.. rows.Select(r => r.ToJob())];
    }

    public async Task<IReadOnlyList<NoticeJob>> ListOpenJobsAsync(CancellationToken cancellationToken)
    {
        const string Sql = $"{SelectJob} WHERE done_at IS NULL ORDER BY id;";
        var rows = await session.Connection.QueryAsync<NoticeJobRow>(session.Command(Sql, null, cancellationToken));
        return [.. rows.Select(r => r.ToJob())];
    }

    public async Task<bool> MarkQueuedAsync(long id, int queuedBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE notice_jobs SET queued = queued + 1, queued_at = @Now
            WHERE id = @Id AND queued = @QueuedBefore AND done_at IS NULL;
            """;
        return await session.Connection.ExecuteAsync(session.Command(Sql, new { Id = id, QueuedBefore = queuedBefore, Now = now }, cancellationToken)) == 1;
    }

    public Task UnmarkQueuedAsync(long id, int queuedBefore, DateTimeOffset? queuedAtBefore, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE notice_jobs SET queued = @QueuedBefore, queued_at = @QueuedAtBefore
            WHERE id = @Id AND queued = @QueuedBefore + 1 AND done_at IS NULL;
            """;
        return session.Connection.ExecuteAsync(session.Command(Sql, new { Id = id, QueuedBefore = queuedBefore, QueuedAtBefore = queuedAtBefore }, cancellationToken));
    }

    public Task CompleteJobAsync(string kind, string argument, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = "UPDATE notice_jobs SET done_at = @Now, outcome = @Outcome WHERE kind = @Kind AND argument = @Argument AND done_at IS NULL;";
        return session.Connection.ExecuteAsync(session.Command(Sql, new { Kind = kind, Argument = argument, Outcome = outcome, Now = now }, cancellationToken));
    }

    public async Task<bool> ClaimDeliveryAsync(
        long workspaceId, string subject, string conversationId, DateTimeOffset now, DateTimeOffset staleBefore, int maxClaims, CancellationToken cancellationToken)
    {
        // The conditional update takes over a claim whose process died: atomic, so one caller wins it.
        const string Sql = """
            INSERT INTO notice_deliveries (workspace_id, subject, conversation_id, claimed_at, claims) VALUES (@WorkspaceId, @Subject, @ConversationId, @Now, 1)
            ON CONFLICT (workspace_id, subject, conversation_id) DO UPDATE SET claimed_at = excluded.claimed_at, claims = notice_deliveries.claims + 1
            WHERE notice_deliveries.completed_at IS NULL AND notice_deliveries.claimed_at <= @StaleBefore AND notice_deliveries.claims < @MaxClaims;
            """;
        var parameters = new
        {
            WorkspaceId = workspaceId, Subject = subject, ConversationId = conversationId, Now = now, StaleBefore = staleBefore, MaxClaims = maxClaims,
        };
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public Task CompleteDeliveryAsync(
        long workspaceId, string subject, string conversationId, bool delivered, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE notice_deliveries SET completed_at = @Now, delivered = @Delivered, outcome = @Outcome
            WHERE workspace_id = @WorkspaceId AND subject = @Subject AND conversation_id = @ConversationId;
            """;
        var parameters = new
        {
            WorkspaceId = workspaceId, Subject = subject, ConversationId = conversationId, Delivered = delivered ? 1 : 0, Outcome = outcome, Now = now,
        };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    public async Task<NoticeDelivery?> FindDeliveryAsync(long workspaceId, string subject, string conversationId, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT claimed_at AS ClaimedAt, claims AS Claims, completed_at AS CompletedAt, delivered AS Delivered, outcome AS Outcome
            FROM notice_deliveries WHERE workspace_id = @WorkspaceId AND subject = @Subject AND conversation_id = @ConversationId;
            """;
        var row = await session.Connection.QuerySingleOrDefaultAsync<NoticeDeliveryRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, Subject = subject, ConversationId = conversationId }, cancellationToken));
        return row?.ToDelivery();
    }
}
