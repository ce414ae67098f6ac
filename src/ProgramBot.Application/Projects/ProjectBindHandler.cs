using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;

namespace ProgramBot.Application.Projects;

/// <summary><c>project bind #KEY</c>: this conversation's default project.</summary>
public sealed class ProjectBindHandler(IDataStore store)
{
    public async Task<View> HandleAsync(ProjectBindCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return await store.ChangeAsync(
            context,
            "project bind",
            async (uow, ct) =>
            {
                var project = await uow.Projects.FindByKeyAsync(context.WorkspaceId, command.Project, ct);
                if (project is null)
                {
                    return ProjectLookup.Unknown(command.Project);
                }

                await uow.ChannelBindings.BindAsync(context.WorkspaceId, context.ConversationId, project.Id, context.Sender.Id, context.Now, ct);
                var details = JsonSerializer.Serialize(new { conversation = context.ConversationId });
                await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "project", project.Key.Value, "bound", details, context.Now), ct);
                var summaries = await ProjectSummaries.CreateAsync(uow, context.WorkspaceId, [project], ct);
                return new ProjectBoundView(summaries[0]);
            },
            cancellationToken);
    }
}
