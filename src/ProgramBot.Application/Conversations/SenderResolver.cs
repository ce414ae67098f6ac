using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Dates;
using ProgramBot.Domain.Digests;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Application.Conversations;

/// <summary>
/// Finds the workspace and member behind a message, creating them on first contact, and keeps the
/// conversation's address for messages the bot starts later. A turn of a known sender whose name,
/// zone and conversation address are unchanged costs one read and no write.
/// </summary>
public sealed class SenderResolver(IDataStore store, TimeProvider clock, IOptions<WorkspaceOptions> options)
{
    public async Task<(Workspace Workspace, Member Member)> ResolveAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var name = string.IsNullOrWhiteSpace(message.UserName) ? message.ChannelUserId : message.UserName.Trim();
        var zone = ZoneIds.IsKnown(message.TimeZoneId) ? message.TimeZoneId : null;

        var (workspace, member, address) = await store.ReadAsync(
            async (uow, ct) =>
            {
                var found = await uow.Workspaces.FindByExternalIdAsync(message.WorkspaceExternalId, ct);
                var sender = found is null ? null : await uow.Members.FindByChannelUserIdAsync(found.Id, message.ChannelUserId, ct);
                var known = found is null || message.Address is null ? null : await uow.ConversationAddresses.FindAsync(found.Id, message.ConversationId, ct);
                return (found, sender, known);
            },
            cancellationToken);

        if (workspace is not null && member is not null && member.Name == name && (zone is null || zone == member.TimeZone)
            && (message.Address is null || Matches(address, message.Address)))
        {
            return (workspace, member);
        }

        var created = await store.WriteAsync<(Workspace, Member)>(
            async (uow, ct) =>
            {
                var now = clock.GetUtcNow();
                var ws = await uow.Workspaces.GetOrAddAsync(message.WorkspaceExternalId, options.Value.DefaultTimeZone, now, ct);
                var sender = await uow.Members.UpsertAsync(ws.Id, message.ChannelUserId, name, zone, now, ct);
                if (message.Address is { } reply)
                {
                    // A personal chat is with this sender alone: remembering whose it is lets reminders reach them there.
                    var member = reply.ConversationType == ConversationAddress.Personal ? sender.Id : (long?)null;
                    var fresh = new ConversationAddress(
                        ws.Id, message.ConversationId, reply.ChannelId, reply.ServiceUrl, reply.TenantId, reply.BotId, reply.BotName, reply.ConversationType, member);
                    await uow.ConversationAddresses.UpsertAsync(fresh, now, ct);
                }

                return (ws, sender);
            },
            cancellationToken);
        return created.Value;
    }

    private static bool Matches(ConversationAddress? known, ReplyAddress reply) =>
        known is not null && known.ServiceUrl == reply.ServiceUrl && known.BotId == reply.BotId
        && known.ChannelId == reply.ChannelId && known.TenantId == reply.TenantId && known.ConversationType == reply.ConversationType;
}
