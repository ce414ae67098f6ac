namespace ProgramBot.Application.Conversations;

/// <summary>
/// A message in channel-neutral form.
/// <para><see cref="WorkspaceExternalId"/>: the Teams tenant id or Slack team id (or the channel id when there is none).</para>
/// <para><see cref="ActivityKey"/>: unique per delivered activity, so a re-delivery changes nothing twice; null when the channel gives no id.</para>
/// <para><see cref="TimeZoneId"/>: the IANA zone the client reported with this message, if any.</para>
/// <para><see cref="Address"/>: how to reach this conversation later (kept durably for digests and reminders).</para>
/// </summary>
public sealed record IncomingMessage(
    string WorkspaceExternalId,
    string ConversationId,
    string ChannelUserId,
    string UserName,
    string Text,
    string? ActivityKey,
    string? TimeZoneId,
    IReadOnlyList<MentionedUser> Mentions,
    ReplyAddress? Address = null);
