using System.Globalization;
using ProgramBot.Application.Digests.Schedules;

namespace ProgramBot.Application.Digests;

/// <summary>The cron line a scheduler runs a digest on, read in the schedule's own zone.</summary>
public static class DigestCron
{
    public static string For(DigestSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var (minute, hour) = (schedule.At.Minute.ToString(CultureInfo.InvariantCulture), schedule.At.Hour.ToString(CultureInfo.InvariantCulture));
        return schedule.Kind switch
        {
            DigestScheduleKind.Daily => $"{minute} {hour} * * *",
            DigestScheduleKind.Weekdays => $"{minute} {hour} * * 1-5",
            DigestScheduleKind.Weekly => $"{minute} {hour} * * {(int)schedule.Day!.Value}",
            _ => schedule.CronText!,
        };
    }

    public static string EntryId(long workspaceId, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{EntryPrefix}{workspaceId}-{number}");

    public const string EntryPrefix = "digest-";
}
