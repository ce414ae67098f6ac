using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Projects;

namespace ProgramBot.Application.Projects;

/// <summary>Finds the project a command names, or the conversation's bound project when it names none.</summary>
public static class ProjectLookup
{
    /// <summary>No project named and none bound: a guided form can ask for it.</summary>
    public const string MissingCode = "project.missing";

    public static async Task<Result<Project>> FindAsync(
        IUnitOfWork uow, EntityKey? key, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(context);
        if (key is { } named)
        {
            var project = await uow.Projects.FindByKeyAsync(context.WorkspaceId, named, cancellationToken);
            return project is not null ? project : Unknown(named);
        }

        var boundId = await uow.ChannelBindings.FindProjectIdAsync(context.WorkspaceId, context.ConversationId, cancellationToken);
        var bound = boundId is { } id ? await uow.Projects.FindByIdAsync(context.WorkspaceId, id, cancellationToken) : null;
        return bound is not null
            ? bound
            : new Error(MissingCode, "Which project? Add #KEY (like #WEB), or make it this channel's default with project bind #KEY.");
    }

    public static Error Unknown(EntityKey key) => new(
        "project.unknown", $"There's no project {key} here. Type project list to see them, or project new {key} <name> to create it.");
}
