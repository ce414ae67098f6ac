namespace ProgramBot.Application.Abstractions;

/// <summary>Task reminders: who may need one, the claim that makes each one go out once, and every outcome.</summary>
public interface IReminderRepository
{
    /// <summary>
    /// Every workspace's open, assigned tasks due on or before <paramref name="dueUpTo"/> whose overdue
    /// reminder for their current due date has not been claimed yet, by workspace and assignee. Only the
    /// reminder job reads across workspaces.
    /// </summary>
    Task<IReadOnlyList<ReminderCandidate>> ListCandidatesAsync(DateOnly dueUpTo, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the reminder of one task, kind and due date. True for exactly one caller, however many
    /// runs, retries or instances try it; a task whose due date moves gets a new one.
    /// </summary>
    Task<bool> ClaimAsync(ReminderCandidate task, string kind, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records one reminder message to a member: the tasks it covered and how it ended.</summary>
    Task RecordAttemptAsync(long workspaceId, long memberId, string tasks, string outcome, DateTimeOffset now, CancellationToken cancellationToken);
}
