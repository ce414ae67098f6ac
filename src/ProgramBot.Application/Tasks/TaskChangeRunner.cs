using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tasks;

/// <summary>
/// The shared shape of every change to an existing task: claim the activity, load the task of
/// this workspace, apply the domain rule, save, audit, and show the task.
/// </summary>
public sealed class TaskChangeRunner(IDataStore store)
{
    /// <summary>A change: applies the rule to the task and returns the audit details, or why not.</summary>
    public delegate Task<Result<object>> Change(IUnitOfWork uow, WorkItem item, CancellationToken cancellationToken);

    public async Task<View> RunAsync(
        WorkItemId id, CommandContext context, TaskChange kind, string verbPath, Change change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(change);
        return await store.ChangeAsync(
            context,
            verbPath,
            async (uow, ct) =>
            {
                var item = await uow.WorkItems.FindAsync(context.WorkspaceId, id, ct);
                if (item is null)
                {
                    return TaskErrors.NotFound(id);
                }

                var details = await change(uow, item, ct);
                if (!details.IsSuccess)
                {
                    return details.Error!;
                }

                await uow.WorkItems.UpdateAsync(item, ct);
                await uow.Audit.AppendAsync(TaskAudit.Event(context, item, kind.ToString().ToLowerInvariant(), details.Value), ct);
                var views = await TaskViews.CreateAsync(uow, context.WorkspaceId, [item], context.Today, ct);
                return new TaskChangedView(views[0], kind);
            },
            cancellationToken);
    }
}
