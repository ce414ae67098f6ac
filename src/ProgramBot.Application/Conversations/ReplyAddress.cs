namespace ProgramBot.Application.Conversations;

/// <summary>The channel's way back to a conversation, as an incoming message shows it.</summary>
public sealed record ReplyAddress(string ChannelId, string ServiceUrl, string? TenantId, string BotId, string? BotName);
