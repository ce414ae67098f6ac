namespace ProgramBot.Application.Abstractions;

/// <summary>Where a bot message lives: enough to update it in place or to reply beside it later.</summary>
public sealed record PostedMessage(string ChannelId, string ServiceUrl, string ConversationId, string ActivityId, string? TenantId);
