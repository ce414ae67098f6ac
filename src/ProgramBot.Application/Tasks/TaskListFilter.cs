using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Projects;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Tasks;

/// <summary>Turns <c>task list</c>'s filters into a query and a heading that says what is shown.</summary>
public static class TaskListFilter
{
    public static async Task<Result<(WorkItemQuery Query, string Heading)>> BuildAsync(
        IUnitOfWork uow, TaskListCommand command, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var parts = new List<string>();
        long? projectId = null;
        if (command.Project is not null || command.Assignee is null)
        {
            var project = await ProjectLookup.FindAsync(uow, command.Project, context, ct);
            if (project.IsSuccess)
            {
                projectId = project.Value.Id;
                parts.Add(project.Value.Key.Value);
            }
            else if (command.Project is not null)
            {
                return project.Error!;
            }
        }

        long? assigneeId = null;
        if (command.Assignee is not null)
        {
            var member = await MemberResolver.ResolveAsync(uow, command.Assignee, context, mayRegister: false, ct);
            if (!member.IsSuccess)
            {
                return member.Error!;
            }

            assigneeId = member.Value.Id;
            parts.Add(member.Value.Id == context.Sender.Id ? "yours" : member.Value.Name + "'s");
        }

        var status = command.Blocked ? "blocked" : command.Overdue ? "overdue" : "open";
        var heading = $"{Capitalise(status)} tasks{(parts.Count > 0 ? " — " + string.Join(", ", parts) : string.Empty)}";
        var query = new WorkItemQuery(projectId, assigneeId, command.Overdue ? context.Today : null, command.Blocked, Limit: TaskQueryHandler.ListLimit);
        return (query, heading);
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
