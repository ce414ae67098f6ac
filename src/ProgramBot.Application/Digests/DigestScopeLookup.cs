using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Projects;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Digests;

/// <summary>Which scope a digest command means, and whether the sender may manage digests of it.</summary>
public static class DigestScopeLookup
{
    /// <summary>The program or project named, else the conversation's bound project, else the workspace.</summary>
    public static async Task<Result<DigestScope>> FindAsync(
        IUnitOfWork uow, EntityKey? project, EntityKey? program, CommandContext context, CancellationToken ct, bool mustManage = true)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(context);
        DigestScope scope;
        if (program is { } programKey)
        {
            var found = await uow.Programs.FindByKeyAsync(context.WorkspaceId, programKey, ct);
            if (found is null)
            {
                return new Error("program.unknown", $"There's no program {programKey} here. Type program list to see them.");
            }

            scope = DigestScope.ForProgram(found.Id);
        }
        else
        {
            var found = await ProjectLookup.FindAsync(uow, project, context, ct);
            if (!found.IsSuccess && project is not null)
            {
                return found.Error!;
            }

            scope = found.IsSuccess ? DigestScope.ForProject(found.Value.Id) : DigestScope.Workspace;
        }

        var allowed = mustManage ? await MayManageAsync(uow, scope, context, ct) : Unit.Value;
        return allowed.IsSuccess ? scope : allowed.Error!;
    }

    /// <summary>Projects and programs: their manager or a workspace admin. The whole workspace: a workspace admin.</summary>
    public static async Task<Result<Unit>> MayManageAsync(IUnitOfWork uow, DigestScope scope, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        var (managerId, what) = scope.Kind switch
        {
            DigestScopeKind.Program => ((await uow.Programs.FindByIdAsync(context.WorkspaceId, scope.ProgramId!.Value, ct))?.ManagerId, "program"),
            DigestScopeKind.Project => ((await uow.Projects.FindByIdAsync(context.WorkspaceId, scope.ProjectId!.Value, ct))?.ManagerId, "project"),
            _ => ((long?)null, "workspace"),
        };
        if (managerId is { } id && id == context.Sender.Id)
        {
            return Unit.Value;
        }

        var onlyWho = scope.Kind == DigestScopeKind.Workspace
            ? "Only a workspace admin can subscribe or unsubscribe workspace-wide digests."
            : $"Only the {what}'s manager or a workspace admin can subscribe or unsubscribe its digests.";
        return await WorkspaceAdmins.RequireAsync(uow, context, onlyWho, ct);
    }
}
