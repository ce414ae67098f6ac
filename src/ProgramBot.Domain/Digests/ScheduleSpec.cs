namespace ProgramBot.Domain.Digests;

/// <summary>
/// A digest schedule as stored: <see cref="Kind"/> is daily, weekdays, weekly or cron; the day for
/// weekly, the expression for cron, the local time of day and the IANA zone it is read in.
/// </summary>
public sealed record ScheduleSpec(string Kind, DayOfWeek? Day, string? Cron, TimeOnly At, string ZoneId);
