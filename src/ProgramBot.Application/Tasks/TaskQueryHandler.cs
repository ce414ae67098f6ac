using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Application.Tasks;

/// <summary><c>task list</c> and <c>task show</c>: reads only.</summary>
public sealed class TaskQueryHandler(IDataStore store)
{
    public const int ListLimit = 15;

    public async Task<View> ListAsync(TaskListCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var result = await store.ReadAsync<Result<View>>(
            async (uow, ct) =>
            {
                var filter = await TaskListFilter.BuildAsync(uow, command, context, ct);
                if (!filter.IsSuccess)
                {
                    return filter.Error!;
                }

                var (query, heading) = filter.Value;
                var items = await uow.WorkItems.ListAsync(context.WorkspaceId, query, ct);
                var total = items.Count < query.Limit ? items.Count : await uow.WorkItems.CountAsync(context.WorkspaceId, query, ct);
                var views = await TaskViews.CreateAsync(uow, context.WorkspaceId, items, context.Today, ct);
                return new TaskListView(heading, views, total);
            },
            cancellationToken);
        return Outcome.ToView(result, "task list");
    }

    public async Task<View> ShowAsync(TaskShowCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var result = await store.ReadAsync<Result<View>>(
            async (uow, ct) =>
            {
                var item = await uow.WorkItems.FindAsync(context.WorkspaceId, command.Id, ct);
                if (item is null)
                {
                    return TaskErrors.NotFound(command.Id);
                }

                var project = await uow.Projects.FindByIdAsync(context.WorkspaceId, item.ProjectId, ct);
                var creator = await uow.Members.GetByIdsAsync(context.WorkspaceId, [item.CreatedBy], ct);
                var views = await TaskViews.CreateAsync(uow, context.WorkspaceId, [item], context.Today, ct);
                var links = await uow.Dependencies.ListLinksAsync(context.WorkspaceId, new(item.ProjectId, item.Id.Number), ct);
                var forecast = links.Any(l => l.IsPredecessor)
                    ? Forecaster.Compute((await uow.Dependencies.ReadGraphAsync(context.WorkspaceId, ct)).ToGraph()).GetValueOrDefault(new(item.ProjectId, item.Id.Number))
                    : null;
                return new TaskDetailView(
                    views[0], project?.Name ?? item.Id.ProjectKey.Value, creator.Count > 0 ? creator[0].Name : "someone", item.CreatedAt, context.TimeZone,
                    [.. links.Where(l => l.IsPredecessor).Select(l => $"{l.Id} {l.Title}")], [.. links.Where(l => !l.IsPredecessor).Select(l => $"{l.Id} {l.Title}")],
                    forecast > item.DueDate || (item.DueDate is null && forecast is not null) ? forecast : null);
            },
            cancellationToken);
        return Outcome.ToView(result, "task show");
    }
}
