namespace ProgramBot.Application.Abstractions;

/// <summary>
/// An open, assigned task due soon or already overdue, with what a reminder needs: its assignee and
/// the zones their day is read in (theirs, else the workspace's).
/// </summary>
public sealed record ReminderCandidate(
    long WorkspaceId, long ProjectId, int TaskNumber, string ProjectKey, string Title, DateOnly DueDate,
    long AssigneeId, string AssigneeName, string? MemberZone, string WorkspaceZone)
{
    public string TaskId => $"{ProjectKey}-{TaskNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The key of this task's reminder of one kind for its current due date.</summary>
    public ReminderSlot SlotFor(string kind) => new(WorkspaceId, ProjectId, TaskNumber, kind, DueDate);
}
