namespace ProgramBot.Domain.Digests;

/// <summary>
/// How to reach a conversation later without a message to reply to: the channel, its service URL,
/// the conversation and tenant, and the bot's own account there. Stored durably, refreshed from
/// incoming activities. A personal (1:1) conversation records its <see cref="ConversationType"/> and
/// the member it is with, so reminders can reach that member directly.
/// </summary>
public sealed record ConversationAddress(
    long WorkspaceId, string ConversationId, string ChannelId, string ServiceUrl, string? TenantId, string BotId, string? BotName,
    string? ConversationType = null, long? MemberId = null)
{
    public const string Personal = "personal";
}
