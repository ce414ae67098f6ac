using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Members;
using ProgramBot.Application.Views;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tasks;

/// <summary>Builds task views with assignee names, reading all names in one query.</summary>
public static class TaskViews
{
    public static async Task<IReadOnlyList<TaskView>> CreateAsync(
        IUnitOfWork uow, long workspaceId, IReadOnlyList<WorkItem> items, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(items);
        var members = await MemberNames.ReadAsync(uow, workspaceId, items.Select(i => i.AssigneeId), cancellationToken);
        return [.. items.Select(i => Create(i, i.AssigneeId is { } id ? members.GetValueOrDefault(id) : null, today))];
    }

    public static TaskView Create(WorkItem item, string? assigneeName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new TaskView(
            item.Id.ToString(), item.Title, assigneeName, item.DueDate, item.Priority, item.Status, item.BlockedReason, item.IsOverdue(today), item.IsMilestone);
    }
}
