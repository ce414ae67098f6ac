using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Application.Abstractions;

/// <summary>Links between tasks of one workspace, and the reads that forecasts are made from.</summary>
public interface IDependencyRepository
{
    /// <summary>Stores the link; false when it was already there.</summary>
    Task<bool> AddAsync(long workspaceId, DependencyEdge edge, long createdBy, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes the link; false when there was none.</summary>
    Task<bool> RemoveAsync(long workspaceId, DependencyEdge edge, CancellationToken cancellationToken);

    /// <summary>The workspace's whole dependency graph: every link and every task that takes part in one, in two queries.</summary>
    Task<DependencySnapshot> ReadGraphAsync(long workspaceId, CancellationToken cancellationToken);

    /// <summary>What a task waits for and what waits for it.</summary>
    Task<IReadOnlyList<LinkedTask>> ListLinksAsync(long workspaceId, TaskRef task, CancellationToken cancellationToken);

    /// <summary>The latest due date of each project's open tasks, for the given projects, in one query.</summary>
    Task<IReadOnlyDictionary<long, DateOnly>> LatestDueByProjectAsync(long workspaceId, IReadOnlyCollection<long> projectIds, CancellationToken cancellationToken);

    /// <summary>Sets a task's estimate in days (null clears it); false when there is no such task.</summary>
    Task<bool> SetEstimateAsync(long workspaceId, TaskRef task, decimal? days, CancellationToken cancellationToken);
}
