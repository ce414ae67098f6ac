using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Members;

/// <summary>
/// Whether the sender is a workspace admin, read inside the change's own transaction (a flag
/// revoked a moment ago counts), and the refusal that names who may do it instead.
/// </summary>
public static class WorkspaceAdmins
{
    public const string NotAllowedCode = "workspace.not_admin";

    public static async Task<bool> IsSenderAdminAsync(IUnitOfWork uow, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(context);
        var sender = await uow.Members.FindByChannelUserIdAsync(context.WorkspaceId, context.Sender.ChannelUserId, cancellationToken);
        return sender is { IsAdmin: true };
    }

    /// <summary>Success when the sender is an admin; otherwise <paramref name="onlyWho"/> and the names of the admins.</summary>
    public static async Task<Result<Unit>> RequireAsync(IUnitOfWork uow, CommandContext context, string onlyWho, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await IsSenderAdminAsync(uow, context, cancellationToken)
            ? Unit.Value
            : await RefusalAsync(uow, context, onlyWho, cancellationToken);
    }

    /// <summary>"Only … can …" followed by who the admins are, so the sender knows whom to ask.</summary>
    public static async Task<Error> RefusalAsync(IUnitOfWork uow, CommandContext context, string onlyWho, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(context);
        return new Error(NotAllowedCode, $"{onlyWho} {Describe(await uow.Members.ListAdminsAsync(context.WorkspaceId, cancellationToken))}");
    }

    /// <summary>"Workspace admins: Alice, Bob." (or that there is none yet).</summary>
    public static string Describe(IReadOnlyList<Domain.Workspaces.Member> admins)
    {
        ArgumentNullException.ThrowIfNull(admins);
        return admins.Count == 0
            ? "This workspace has no admin yet."
            : $"Workspace admin{(admins.Count == 1 ? string.Empty : "s")}: {string.Join(", ", admins.Select(a => a.Name))}.";
    }
}
