using System.Globalization;
using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Application.Members;

/// <summary>
/// <c>workspace admins</c> (anyone may ask) and <c>workspace admin @user [off]</c> (admins only).
/// A workspace always keeps at least one admin: the last one cannot be removed.
/// </summary>
public sealed class WorkspaceAdminHandler(IDataStore store)
{
    private const string VerbPath = "workspace admin";

    public Task<View> ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return store.ReadAsync<View>(
            async (uow, ct) => new MessageView(WorkspaceAdmins.Describe(await uow.Members.ListAdminsAsync(context.WorkspaceId, ct))),
            cancellationToken);
    }

    public Task<View> ChangeAsync(WorkspaceAdminCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(context, VerbPath, async (uow, ct) =>
        {
            var onlyWho = command.On ? "Only a workspace admin can make someone an admin." : "Only a workspace admin can remove an admin.";
            var allowed = await WorkspaceAdmins.RequireAsync(uow, context, onlyWho, ct);
            if (!allowed.IsSuccess)
            {
                return allowed.Error!;
            }

            var member = await MemberResolver.ResolveAsync(uow, command.Member, context, mayRegister: command.On, ct);
            if (!member.IsSuccess)
            {
                return member.Error!;
            }

            var refused = command.On ? GrantRefusal(member.Value) : await RevokeRefusalAsync(uow, member.Value, context, ct);
            if (refused is not null)
            {
                return refused;
            }

            await uow.Members.SetAdminAsync(context.WorkspaceId, member.Value.Id, command.On, ct);
            var action = command.On ? "admin-granted" : "admin-revoked";
            var details = JsonSerializer.Serialize(new { name = member.Value.Name });
            await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "member", member.Value.Id.ToString(CultureInfo.InvariantCulture), action, details, context.Now), ct);
            return new MessageView(command.On ? $"{member.Value.Name} is now a workspace admin." : $"{member.Value.Name} is no longer a workspace admin.");
        }, cancellationToken);
    }

    private static Error? GrantRefusal(Member member) =>
        member.IsAdmin ? new Error("workspace.already_admin", $"{member.Name} is already a workspace admin.") : null;

    private static async Task<Error?> RevokeRefusalAsync(IUnitOfWork uow, Member member, CommandContext context, CancellationToken ct)
    {
        if (!member.IsAdmin)
        {
            return new Error("workspace.not_an_admin", $"{member.Name} is not a workspace admin.");
        }

        var admins = await uow.Members.ListAdminsAsync(context.WorkspaceId, ct);
        return admins.Count <= 1
            ? new Error("workspace.last_admin", $"{member.Name} is the only workspace admin; someone else must be an admin first.")
            : null;
    }
}
