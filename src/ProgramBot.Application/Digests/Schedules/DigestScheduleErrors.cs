using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Digests.Schedules;

/// <summary>The friendly refusals for a digest schedule; codes are stable for tests and logs.</summary>
internal static class DigestScheduleErrors
{
    public const string Example = "Try digest subscribe daily at 09:00, weekdays, weekly mon, or cron \"0 9 * * 1-5\".";

    public static Error MissingSchedule() =>
        new("digest.schedule.missing", $"How often should the digest go out? {Example}");

    public static Error UnknownKind(string word) =>
        new("digest.schedule.unknown", $"I don't know the schedule \"{word}\". {Example}");

    public static Error MissingDay() =>
        new("digest.schedule.day_missing", "Which day? Say weekly mon (or tue, wed, thu, fri, sat, sun).");

    public static Error UnknownDay(string word) =>
        new("digest.schedule.day_unknown", $"\"{word}\" isn't a day of the week. Use mon, tue, wed, thu, fri, sat or sun.");

    public static Error DayNotAllowed() =>
        new("digest.schedule.day_unexpected", "Only weekly schedules take a day.");

    public static Error MissingCron() =>
        new("digest.schedule.cron_missing", "Add the cron expression in quotes, like cron \"0 9 * * 1-5\" (minute hour day month weekday).");

    public static Error BadCron(string expression) =>
        new("digest.schedule.cron_invalid", $"\"{expression}\" isn't a cron expression I can read. Use five fields: minute hour day month weekday, like \"0 9 * * 1-5\".");

    public static Error CronNeverFires(string expression) =>
        new("digest.schedule.cron_never", $"The cron expression \"{expression}\" never matches a real date.");

    public static Error CronNotAllowed() =>
        new("digest.schedule.cron_unexpected", "Only cron schedules take a cron expression.");

    public static Error MissingTime() =>
        new("digest.schedule.time_missing", "At what time? Add a 24-hour time like at 09:00.");

    public static Error BadTime(string word) =>
        new("digest.schedule.time_invalid", $"\"{word}\" isn't a time of day. Use 24-hour HH:MM, like 09:00 or 17:30.");

    public static Error TimeWithCron() =>
        new("digest.schedule.time_with_cron", "A cron schedule sets its own time, so leave out the at HH:MM (put the hour and minute in the expression).");

    public static Error UnknownZone(string zoneId) =>
        new("digest.schedule.zone_unknown", $"I don't know the time zone \"{zoneId}\". Use an IANA name like tz:Europe/Berlin or tz:America/New_York.");

    public static Error Unexpected(string word) =>
        new("digest.schedule.unexpected", $"I didn't understand \"{word}\" in the schedule. {Example}");
}
