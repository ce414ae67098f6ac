using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Projects;

/// <summary>Read-only look-ups that guided forms need to offer choices and check answers.</summary>
public sealed class ProjectDirectory(IDataStore store)
{
    /// <summary>The workspace's projects and programs, and this conversation's bound project key.</summary>
    public Task<ScopeChoices> ChoicesAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return store.ReadAsync(
            async (uow, ct) =>
            {
                var projects = await uow.Projects.ListAsync(context.WorkspaceId, ct);
                var programs = await uow.Programs.ListAsync(context.WorkspaceId, ct);
                var boundId = await uow.ChannelBindings.FindProjectIdAsync(context.WorkspaceId, context.ConversationId, ct);
                return new ScopeChoices(
                    [.. projects.Select(p => new ScopeChoice(p.Key.Value, p.Name))],
                    [.. programs.Select(p => new ScopeChoice(p.Key.Value, p.Name))],
                    projects.FirstOrDefault(p => p.Id == boundId)?.Key.Value);
            },
            cancellationToken);
    }
}
