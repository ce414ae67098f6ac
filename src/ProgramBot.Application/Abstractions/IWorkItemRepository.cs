using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Abstractions;

public interface IWorkItemRepository
{
    Task AddAsync(WorkItem item, CancellationToken cancellationToken);

    Task<WorkItem?> FindAsync(long workspaceId, WorkItemId id, CancellationToken cancellationToken);

    /// <summary>Writes assignee, due date, status, blocked reason, percent, the milestone flag and updated time.</summary>
    Task UpdateAsync(WorkItem item, CancellationToken cancellationToken);

    /// <summary>Open tasks first by due date (no date last), then by id; at most Limit rows.</summary>
    Task<IReadOnlyList<WorkItem>> ListAsync(long workspaceId, WorkItemQuery query, CancellationToken cancellationToken);

    /// <summary>The first rows of <see cref="ListAsync"/> and how many match in all, in one query.</summary>
    Task<(IReadOnlyList<WorkItem> Items, int Total)> ListWithTotalAsync(long workspaceId, WorkItemQuery query, CancellationToken cancellationToken);

    /// <summary>How many tasks match the query, ignoring its limit.</summary>
    Task<int> CountAsync(long workspaceId, WorkItemQuery query, CancellationToken cancellationToken);

    /// <summary>Counts by status of each project given, in one query; a project without tasks counts zero.</summary>
    Task<IReadOnlyDictionary<long, WorkItemStatusCounts>> CountByStatusAsync(
        long workspaceId, IReadOnlyList<long> projectIds, DateOnly today, CancellationToken cancellationToken);
}
