namespace ProgramBot.Application.Abstractions;

/// <summary>
/// A reminder claimed for sending whose attempt has not finished: in flight, or left behind by a run
/// that died while sending. <see cref="TaskId"/> is the task's display id, for the attempt's record.
/// </summary>
public sealed record OpenReminderClaim(ReminderSlot Slot, string TaskId, long MemberId, DateTimeOffset ClaimedAt, int Claims);
