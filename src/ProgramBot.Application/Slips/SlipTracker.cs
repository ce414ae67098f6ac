using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Domain.Dependencies;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Slips;

/// <summary>
/// Reads the workspace's dependency graph once, applies a change in memory and records what
/// moved later: the shared step of <c>task due</c> and <c>task depends</c>.
/// </summary>
public static class SlipTracker
{
    public static TaskRef RefOf(WorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new TaskRef(item.ProjectId, item.Id.Number);
    }

    /// <summary>After a due date moved from <paramref name="previousDue"/> to the item's due date.</summary>
    public static async Task<RecordedSlip?> DueChangedAsync(
        IUnitOfWork uow, CommandContext context, WorkItem item, DateOnly? previousDue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(item);
        var (graph, tasks) = await ReadAsync(uow, context.WorkspaceId, [item], cancellationToken);
        var cause = tasks[RefOf(item)];
        graph.Upsert(cause.ToNode() with { Due = previousDue });
        var result = SlipPropagation.Propagate(graph, cause.Ref, g => g.Upsert(cause.ToNode()));
        if (result.Cause is not { } own)
        {
            return null;
        }

        var input = new SlipInput($"{item.Id} slipped {SlipMessage.Days(own.Days)}", cause.Ref, result, tasks, ListCause: false, item.DueDate);
        return await SlipReportBuilder.RecordAsync(uow, context, input, cancellationToken);
    }

    /// <summary>Reads the graph and makes sure the given tasks are in it as they are now.</summary>
    public static async Task<(DependencyGraph Graph, Dictionary<TaskRef, GraphTask> Tasks)> ReadAsync(
        IUnitOfWork uow, long workspaceId, IReadOnlyList<WorkItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(items);
        var snapshot = await uow.Dependencies.ReadGraphAsync(workspaceId, cancellationToken);
        var tasks = snapshot.Tasks.ToDictionary(t => t.Ref);
        foreach (var item in items)
        {
            var known = tasks.GetValueOrDefault(RefOf(item));
            tasks[RefOf(item)] = new GraphTask(RefOf(item), item.Title, item.AssigneeId, item.DueDate, item.Status, item.IsMilestone, known?.Estimate);
        }

        var graph = new DependencyGraph(tasks.Values.Select(t => t.ToNode()), snapshot.Edges);
        return (graph, tasks);
    }
}
