namespace ProgramBot.Application.Conversations;

/// <summary>
/// The channel's way back to a conversation, as an incoming message shows it; <see cref="ConversationType"/>
/// is Teams' <c>personal</c>, <c>groupChat</c> or <c>channel</c> when known.
/// </summary>
public sealed record ReplyAddress(string ChannelId, string ServiceUrl, string? TenantId, string BotId, string? BotName, string? ConversationType = null);
