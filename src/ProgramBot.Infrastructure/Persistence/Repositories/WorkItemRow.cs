using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>A work_items row joined with its project's key, as Dapper reads it.</summary>
internal sealed class WorkItemRow
{
    public long WorkspaceId { get; set; }

    public long ProjectId { get; set; }

    public EntityKey ProjectKey { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public long? AssigneeId { get; set; }

    public DateOnly? DueDate { get; set; }

    public Priority Priority { get; set; }

    public WorkItemStatus Status { get; set; }

    public string? BlockedReason { get; set; }

    public int PercentComplete { get; set; }

    public bool IsMilestone { get; set; }

    public long CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Matching rows in all, when the query asks for it (a window count); otherwise unread.</summary>
    public long Total { get; set; }

    public WorkItem ToDomain()
    {
        var template = new WorkItem
        {
            WorkspaceId = WorkspaceId,
            ProjectId = ProjectId,
            Id = new WorkItemId(ProjectKey, Number),
            Title = Title,
            Description = Description,
            Priority = Priority,
            IsMilestone = IsMilestone,
            CreatedBy = CreatedBy,
            CreatedAt = CreatedAt,
        };
        return WorkItem.Restore(template, AssigneeId, DueDate, Status, BlockedReason, PercentComplete, UpdatedAt);
    }
}
