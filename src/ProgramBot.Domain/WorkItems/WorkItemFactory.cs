using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.WorkItems;

/// <summary>Creates a new task after checking its rules.</summary>
public static class WorkItemFactory
{
    public static Result<WorkItem> Create(
        long workspaceId, long projectId, WorkItemId id, string? title, long? assigneeId,
        DateOnly? dueDate, Priority priority, long createdBy, DateOnly today, DateTimeOffset now, bool isMilestone = false)
    {
        var validTitle = WorkItemTitle.Validate(title);
        if (!validTitle.IsSuccess)
        {
            return validTitle.Error!;
        }

        if (dueDate is { } due && due < today)
        {
            return DueDateRules.InPast(due);
        }

        var item = new WorkItem
        {
            WorkspaceId = workspaceId,
            ProjectId = projectId,
            Id = id,
            Title = validTitle.Value,
            Priority = priority,
            IsMilestone = isMilestone,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        return WorkItem.Restore(item, assigneeId, dueDate, WorkItemStatus.Todo, null, 0, now);
    }
}
