using Dapper;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class ReminderRepository(DbSession session) : IReminderRepository
{
    public async Task<IReadOnlyList<ReminderCandidate>> ListCandidatesAsync(DateOnly dueUpTo, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT w.workspace_id AS WorkspaceId, w.project_id AS ProjectId, w.number AS TaskNumber, p.key AS ProjectKey, w.title AS Title,
                   w.due_date AS DueDate, w.assignee_id AS AssigneeId, m.name AS AssigneeName, m.time_zone AS MemberZone,
                   ws.default_time_zone AS WorkspaceZone
            FROM work_items w
            JOIN projects p ON p.workspace_id = w.workspace_id AND p.id = w.project_id
            JOIN members m ON m.workspace_id = w.workspace_id AND m.id = w.assignee_id
            JOIN workspaces ws ON ws.id = w.workspace_id
            WHERE w.due_date <= @DueUpTo AND w.status <> 3
              AND NOT EXISTS (SELECT 1 FROM reminder_slots s
                              WHERE s.workspace_id = w.workspace_id AND s.project_id = w.project_id AND s.task_number = w.number
                                AND s.kind = 'overdue' AND s.due_date = w.due_date AND s.completed_at IS NOT NULL)
            ORDER BY w.workspace_id, w.assignee_id, w.due_date, p.key, w.number;
            """;
        var rows = await session.Connection.QueryAsync<CandidateRow>(session.Command(Sql, new { DueUpTo = dueUpTo }, cancellationToken));
        return [.. rows.Select(r => new ReminderCandidate(
            r.WorkspaceId, r.ProjectId, r.TaskNumber, r.ProjectKey, r.Title, r.DueDate, r.AssigneeId, r.AssigneeName, r.MemberZone, r.WorkspaceZone))];
    }

    public async Task<bool> ClaimAsync(
        ReminderCandidate task, string kind, DateTimeOffset now, DateTimeOffset staleBefore, int maxClaims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);

        // The conditional update is the take-over of a claim whose run died: atomic, so one caller wins it too.
        const string Sql = """
            INSERT INTO reminder_slots (workspace_id, project_id, task_number, kind, due_date, member_id, claimed_at, claims)
            VALUES (@WorkspaceId, @ProjectId, @TaskNumber, @Kind, @DueDate, @AssigneeId, @Now, 1)
            ON CONFLICT (workspace_id, project_id, task_number, kind, due_date)
            DO UPDATE SET claimed_at = excluded.claimed_at, member_id = excluded.member_id, claims = reminder_slots.claims + 1
            WHERE reminder_slots.completed_at IS NULL AND reminder_slots.claimed_at <= @StaleBefore AND reminder_slots.claims < @MaxClaims;
            """;
        var parameters = new
        {
            task.WorkspaceId, task.ProjectId, task.TaskNumber, Kind = kind, task.DueDate, task.AssigneeId, Now = now, StaleBefore = staleBefore, MaxClaims = maxClaims,
        };
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public async Task<bool> CompleteAsync(ReminderSlot slot, DateTimeOffset claimedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slot);
        const string Sql = """
            UPDATE reminder_slots SET completed_at = @Now
            WHERE workspace_id = @WorkspaceId AND project_id = @ProjectId AND task_number = @TaskNumber AND kind = @Kind AND due_date = @DueDate
              AND claimed_at = @ClaimedAt AND completed_at IS NULL;
            """;
        var parameters = new { slot.WorkspaceId, slot.ProjectId, slot.TaskNumber, slot.Kind, slot.DueDate, ClaimedAt = claimedAt, Now = now };
        return await session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<OpenReminderClaim>> ListStaleClaimsAsync(DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT s.workspace_id AS WorkspaceId, s.project_id AS ProjectId, s.task_number AS TaskNumber, s.kind AS Kind, s.due_date AS DueDate,
                   p.key AS ProjectKey, s.member_id AS MemberId, s.claimed_at AS ClaimedAt, s.claims AS Claims
            FROM reminder_slots s
            LEFT JOIN projects p ON p.workspace_id = s.workspace_id AND p.id = s.project_id
            WHERE s.completed_at IS NULL AND s.claimed_at <= @StaleBefore
            ORDER BY s.claimed_at;
            """;
        var rows = await session.Connection.QueryAsync<OpenReminderClaimRow>(session.Command(Sql, new { StaleBefore = staleBefore }, cancellationToken));
        return [.. rows.Select(r => r.ToOpenClaim())];
    }

    public Task RecordAttemptAsync(long workspaceId, long memberId, string tasks, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Sql = """
            INSERT INTO reminder_attempts (workspace_id, member_id, tasks, outcome, attempted_at)
            VALUES (@WorkspaceId, @MemberId, @Tasks, @Outcome, @Now);
            """;
        var parameters = new { WorkspaceId = workspaceId, MemberId = memberId, Tasks = tasks, Outcome = outcome, Now = now };
        return session.Connection.ExecuteAsync(session.Command(Sql, parameters, cancellationToken));
    }

    private sealed class CandidateRow
    {
        public long WorkspaceId { get; set; }

        public long ProjectId { get; set; }

        public int TaskNumber { get; set; }

        public string ProjectKey { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;

        public DateOnly DueDate { get; set; }

        public long AssigneeId { get; set; }

        public string AssigneeName { get; set; } = string.Empty;

        public string? MemberZone { get; set; }

        public string WorkspaceZone { get; set; } = string.Empty;
    }
}
