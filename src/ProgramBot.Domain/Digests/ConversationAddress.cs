namespace ProgramBot.Domain.Digests;

/// <summary>
/// How to reach a conversation later without a message to reply to: the channel, its service URL,
/// the conversation and tenant, and the bot's own account there. Stored durably, refreshed from
/// incoming activities.
/// </summary>
public sealed record ConversationAddress(
    long WorkspaceId, string ConversationId, string ChannelId, string ServiceUrl, string? TenantId, string BotId, string? BotName);
