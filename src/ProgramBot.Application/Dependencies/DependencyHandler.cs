using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Slips;
using ProgramBot.Application.Tasks;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Dependencies;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Dependencies;

/// <summary>
/// <c>task depends</c> and <c>task undepend</c>. A new link is checked against the whole graph for a
/// loop; what it pushes out is recorded with the change and told after the commit.
/// </summary>
public sealed class DependencyHandler(IDataStore store, NoticeOutbox notices)
{
    public async Task<View> DependsAsync(TaskDependsCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        RecordedSlip? slip = null;
        var view = await store.ChangeAsync(
            context,
            "task depends",
            async (uow, ct) =>
            {
                // A write retried after a conflict runs this again: only the last, committed run's slip counts.
                slip = null;
                var pair = await FindPairAsync(uow, command.Successor, command.Predecessor, context, ct);
                if (!pair.IsSuccess)
                {
                    return pair.Error!;
                }

                var (successor, predecessor) = pair.Value;
                var (graph, tasks) = await SlipTracker.ReadAsync(uow, context.WorkspaceId, [successor, predecessor], ct);
                var edge = new DependencyEdge(SlipTracker.RefOf(predecessor), SlipTracker.RefOf(successor));
                if (graph.HasEdge(edge))
                {
                    return new Error("dependency.exists", $"{successor.Id} already depends on {predecessor.Id}.");
                }

                if (graph.CycleThrough(edge) is { } cycle)
                {
                    return await CycleErrorAsync(uow, context.WorkspaceId, cycle, ct);
                }

                var result = SlipPropagation.Propagate(graph, edge.Successor, g => g.AddEdge(edge));
                await uow.Dependencies.AddAsync(context.WorkspaceId, edge, context.Sender.Id, context.Now, ct);
                await uow.Audit.AppendAsync(TaskAudit.Event(context, successor, "depends", new { on = predecessor.Id.ToString() }), ct);
                var headline = $"{successor.Id} now depends on {predecessor.Id}";
                slip = await SlipReportBuilder.RecordAsync(uow, context, new SlipInput(headline, edge.Successor, result, tasks, ListCause: true, null), ct);
                return new MessageView(slip is null ? $"{headline}; no forecast moves." : $"{slip.Summary}. I'm telling the owners and managers concerned.");
            },
            cancellationToken);
        if (slip is not null && view is not ErrorView)
        {
            await notices.QueuePendingAsync(context.WorkspaceId, cancellationToken);
        }

        return view;
    }

    public Task<View> UndependAsync(TaskUndependCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(
            context,
            "task undepend",
            async (uow, ct) =>
            {
                var pair = await FindPairAsync(uow, command.Successor, command.Predecessor, context, ct);
                if (!pair.IsSuccess)
                {
                    return pair.Error!;
                }

                var (successor, predecessor) = pair.Value;
                var edge = new DependencyEdge(SlipTracker.RefOf(predecessor), SlipTracker.RefOf(successor));
                if (!await uow.Dependencies.RemoveAsync(context.WorkspaceId, edge, ct))
                {
                    return new Error("dependency.unknown", $"{successor.Id} does not depend on {predecessor.Id}.");
                }

                await uow.Audit.AppendAsync(TaskAudit.Event(context, successor, "undepend", new { on = predecessor.Id.ToString() }), ct);
                return new MessageView($"{successor.Id} no longer depends on {predecessor.Id}.");
            },
            cancellationToken);
    }

    private static async Task<Result<(WorkItem Successor, WorkItem Predecessor)>> FindPairAsync(
        IUnitOfWork uow, WorkItemId successorId, WorkItemId predecessorId, CommandContext context, CancellationToken cancellationToken)
    {
        if (successorId == predecessorId)
        {
            return new Error("dependency.self", $"{successorId} can't depend on itself.");
        }

        var successor = await uow.WorkItems.FindAsync(context.WorkspaceId, successorId, cancellationToken);
        var predecessor = successor is null ? null : await uow.WorkItems.FindAsync(context.WorkspaceId, predecessorId, cancellationToken);
        return successor is null ? TaskErrors.NotFound(successorId)
            : predecessor is null ? TaskErrors.NotFound(predecessorId)
            : (successor, predecessor);
    }

    private static async Task<Error> CycleErrorAsync(IUnitOfWork uow, long workspaceId, IReadOnlyList<TaskRef> cycle, CancellationToken cancellationToken)
    {
        var keys = (await uow.Projects.ListAsync(workspaceId, cancellationToken)).ToDictionary(p => p.Id, p => p.Key.Value);
        var path = string.Join(" → ", cycle.Select(t => $"{keys[t.ProjectId]}-{t.Number}"));
        return new Error("dependency.cycle", $"That would make a loop: {path}. Remove a link first (task undepend …).");
    }
}
