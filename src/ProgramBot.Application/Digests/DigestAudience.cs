using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Programs;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Digests;

/// <summary>
/// Where a digest goes: its subscription's conversation and, for a program's digest sent to stakeholders, each
/// stakeholder's personal chat with the bot (one copy per chat; none for a stakeholder the bot cannot reach yet).
/// </summary>
public sealed record DigestAudience(ConversationAddress? Here, IReadOnlyList<ConversationAddress> Copies, int Unreachable)
{
    public static async Task<DigestAudience> ReadAsync(IUnitOfWork uow, DigestSubscription subscription, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(subscription);
        var here = await uow.ConversationAddresses.FindAsync(subscription.WorkspaceId, subscription.ConversationId, ct);
        if (!subscription.ToStakeholders || subscription.Scope.ProgramId is not { } programId)
        {
            return new DigestAudience(here, [], 0);
        }

        var stakeholders = await StakeholderChats.ReadAsync(uow, subscription.WorkspaceId, programId, ct);
        return new DigestAudience(here, [.. stakeholders.Chats.Where(a => a.ConversationId != subscription.ConversationId)], stakeholders.Unreachable);
    }
}
