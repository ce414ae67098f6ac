namespace ProgramBot.Application.Abstractions;

/// <summary>
/// A digest slot claimed for sending whose attempt has not finished: in flight, or left behind by a
/// process that died while sending. <see cref="Subscribed"/> is false when the subscription is gone.
/// </summary>
public sealed record OpenDigestSlot(long WorkspaceId, int Number, DateTimeOffset Slot, DateTimeOffset ClaimedAt, int Claims, bool Subscribed);
