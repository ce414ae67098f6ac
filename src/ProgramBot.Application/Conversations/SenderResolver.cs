using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Dates;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Application.Conversations;

/// <summary>
/// Finds the workspace and member behind a message, creating them on first contact. A turn of a
/// known sender whose name and zone are unchanged costs one read and no write.
/// </summary>
public sealed class SenderResolver(IDataStore store, TimeProvider clock, IOptions<WorkspaceOptions> options)
{
    public async Task<(Workspace Workspace, Member Member)> ResolveAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var name = string.IsNullOrWhiteSpace(message.UserName) ? message.ChannelUserId : message.UserName.Trim();
        var zone = ZoneIds.IsKnown(message.TimeZoneId) ? message.TimeZoneId : null;

        var (workspace, member) = await store.ReadAsync(
            async (uow, ct) =>
            {
                var found = await uow.Workspaces.FindByExternalIdAsync(message.WorkspaceExternalId, ct);
                var sender = found is null ? null : await uow.Members.FindByChannelUserIdAsync(found.Id, message.ChannelUserId, ct);
                return (found, sender);
            },
            cancellationToken);

        if (workspace is not null && member is not null && member.Name == name && (zone is null || zone == member.TimeZone))
        {
            return (workspace, member);
        }

        var created = await store.WriteAsync<(Workspace, Member)>(
            async (uow, ct) =>
            {
                var now = clock.GetUtcNow();
                var ws = await uow.Workspaces.GetOrAddAsync(message.WorkspaceExternalId, options.Value.DefaultTimeZone, now, ct);
                var sender = await uow.Members.UpsertAsync(ws.Id, message.ChannelUserId, name, zone, now, ct);
                return (ws, sender);
            },
            cancellationToken);
        return created.Value;
    }
}
