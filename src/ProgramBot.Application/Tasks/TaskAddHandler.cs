using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Workspaces;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tasks;

/// <summary><c>task add</c>: creates a task in the named or bound project.</summary>
public sealed class TaskAddHandler(IDataStore store)
{
    public async Task<View> HandleAsync(TaskAddCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return await store.ChangeAsync(
            context,
            "task add",
            async (uow, ct) =>
            {
                var project = await ProjectLookup.FindAsync(uow, command.Project, context, ct);
                if (!project.IsSuccess)
                {
                    return project.Error!.Code == ProjectLookup.MissingCode ? new GuidedFormView(GuidedForm.Task, command) : project.Error;
                }

                Member? assignee = null;
                if (command.Assignee is not null)
                {
                    var resolved = await MemberResolver.ResolveAsync(uow, command.Assignee, context, mayRegister: true, ct);
                    if (!resolved.IsSuccess)
                    {
                        return resolved.Error!;
                    }

                    assignee = resolved.Value;
                }

                return await CreateAsync(uow, command, context, project.Value.Id, project.Value.Key, assignee, ct);
            },
            cancellationToken);
    }

    private static async Task<Result<View>> CreateAsync(
        IUnitOfWork uow, TaskAddCommand command, CommandContext context, long projectId, EntityKey projectKey, Member? assignee, CancellationToken ct)
    {
        var number = await uow.Projects.TakeNextTaskNumberAsync(context.WorkspaceId, projectId, ct);
        var created = WorkItemFactory.Create(
            context.WorkspaceId, projectId, new WorkItemId(projectKey, number), command.Title, assignee?.Id,
            command.Due, command.Priority ?? Priority.Medium, context.Sender.Id, context.Today, context.Now, command.Milestone);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var item = created.Value;
        await uow.WorkItems.AddAsync(item, ct);
        if (command.Estimate is { } days)
        {
            await uow.Dependencies.SetEstimateAsync(context.WorkspaceId, new(item.ProjectId, item.Id.Number), days, ct);
        }

        await uow.Audit.AppendAsync(
            TaskAudit.Event(context, item, "created", new { item.Title, assignee = assignee?.Name, due = item.DueDate, priority = item.Priority.ToString(), milestone = item.IsMilestone, estimate = command.Estimate }),
            ct);
        return new TaskChangedView(TaskViews.Create(item, assignee?.Name, context.Today), TaskChange.Created);
    }
}
