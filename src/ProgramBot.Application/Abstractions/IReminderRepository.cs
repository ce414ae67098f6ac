namespace ProgramBot.Application.Abstractions;

/// <summary>Task reminders: who may need one, the claim that makes each one go out once, and every outcome.</summary>
public interface IReminderRepository
{
    /// <summary>
    /// Every workspace's open, assigned tasks due on or before <paramref name="dueUpTo"/> whose overdue
    /// reminder for their current due date has not been completed yet (an open claim, maybe left by a
    /// dead run, keeps the task in), by workspace and assignee. Only the reminder job reads across workspaces.
    /// </summary>
    Task<IReadOnlyList<ReminderCandidate>> ListCandidatesAsync(DateOnly dueUpTo, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the reminder of one task, kind and due date at <paramref name="now"/>. True for exactly one
    /// caller, however many runs, retries or instances try it — unless the claim is still open (its send
    /// never finished), was made at or before <paramref name="staleBefore"/> and has been made fewer than
    /// <paramref name="maxClaims"/> times: then one caller takes it over.
    /// </summary>
    Task<bool> ClaimAsync(ReminderCandidate task, string kind, DateTimeOffset now, DateTimeOffset staleBefore, int maxClaims, CancellationToken cancellationToken);

    /// <summary>
    /// Completes the claim made at <paramref name="claimedAt"/>, whatever its send's outcome. False when it
    /// is completed already or was taken over since (a later claim owns it then).
    /// </summary>
    Task<bool> CompleteAsync(ReminderSlot slot, DateTimeOffset claimedAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The open claims made at or before <paramref name="staleBefore"/>: left behind by runs that died.</summary>
    Task<IReadOnlyList<OpenReminderClaim>> ListStaleClaimsAsync(DateTimeOffset staleBefore, CancellationToken cancellationToken);

    /// <summary>Records one reminder message to a member: the tasks it covered and how it ended.</summary>
    Task RecordAttemptAsync(long workspaceId, long memberId, string tasks, string outcome, DateTimeOffset now, CancellationToken cancellationToken);
}
