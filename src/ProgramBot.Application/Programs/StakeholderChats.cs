using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Programs;

/// <summary>
/// Where a program's stakeholders can be told: their personal chats with the bot (one per chat), and how many
/// stakeholders have none yet.
/// </summary>
public sealed record StakeholderChats(IReadOnlyList<ConversationAddress> Chats, int Unreachable)
{
    public static async Task<StakeholderChats> ReadAsync(IUnitOfWork uow, long workspaceId, long programId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        var stakeholders = await uow.Portfolio.ListStakeholdersAsync(workspaceId, programId, ct);
        var personal = await uow.ConversationAddresses.FindPersonalAsync(workspaceId, stakeholders, ct);
        var chats = stakeholders.Select(personal.GetValueOrDefault).OfType<ConversationAddress>().DistinctBy(a => a.ConversationId).ToList();
        return new StakeholderChats(chats, stakeholders.Count(id => !personal.ContainsKey(id)));
    }
}
