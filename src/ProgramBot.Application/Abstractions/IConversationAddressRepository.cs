using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Abstractions;

/// <summary>Durable addresses of conversations, for messages the bot starts itself.</summary>
public interface IConversationAddressRepository
{
    /// <summary>Inserts the address, or updates it when something about it changed (a write only then).</summary>
    Task UpsertAsync(ConversationAddress address, DateTimeOffset now, CancellationToken cancellationToken);

    Task<ConversationAddress?> FindAsync(long workspaceId, string conversationId, CancellationToken cancellationToken);

    /// <summary>The personal (1:1) conversation of each member given that has one, for reminders.</summary>
    Task<IReadOnlyDictionary<long, ConversationAddress>> FindPersonalAsync(
        long workspaceId, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken);
}
