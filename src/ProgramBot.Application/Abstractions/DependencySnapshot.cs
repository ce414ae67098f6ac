using ProgramBot.Domain.Dependencies;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Abstractions;

/// <summary>The dependency graph as read: the links and what is known of each task in one.</summary>
public sealed record DependencySnapshot(IReadOnlyList<DependencyEdge> Edges, IReadOnlyList<GraphTask> Tasks)
{
    public DependencyGraph ToGraph() => new(Tasks.Select(t => t.ToNode()), Edges);
}

/// <summary>A task that takes part in a dependency.</summary>
public sealed record GraphTask(
    TaskRef Ref, string Title, long? AssigneeId, DateOnly? Due, WorkItemStatus Status, bool IsMilestone, decimal? Estimate)
{
    public ScheduleNode ToNode() => new(Ref, Due, Status == WorkItemStatus.Done, Estimate);
}

/// <summary>A task linked to another: a predecessor (it waits for this) or a successor (this waits for it).</summary>
public sealed record LinkedTask(bool IsPredecessor, WorkItemId Id, string Title, DateOnly? Due, WorkItemStatus Status);
