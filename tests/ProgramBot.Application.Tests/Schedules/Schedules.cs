using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Digests.Schedules;

namespace ProgramBot.Application.Tests.Schedules;

/// <summary>Short-hands for schedule tests: UTC instants from ISO text and valid schedules.</summary>
internal static class Schedules
{
    public static DateTimeOffset Utc(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DigestSchedule Daily(string zoneId, int hour = 9, int minute = 0) =>
        DigestSchedule.Create(DigestScheduleKind.Daily, null, null, new TimeOnly(hour, minute), zoneId).Value;

    public static DigestSchedule Weekdays(string zoneId, int hour = 9) =>
        DigestSchedule.Create(DigestScheduleKind.Weekdays, null, null, new TimeOnly(hour, 0), zoneId).Value;

    public static DigestSchedule Weekly(DayOfWeek day, string zoneId) =>
        DigestSchedule.Create(DigestScheduleKind.Weekly, day, null, DigestSchedule.DefaultAt, zoneId).Value;

    public static DigestSchedule Cron(string expression, string zoneId) =>
        DigestSchedule.Create(DigestScheduleKind.Cron, null, expression, DigestSchedule.DefaultAt, zoneId).Value;

    /// <summary>Plays the scheduler: moves the clock from slot to slot until <paramref name="until"/>.</summary>
    public static List<DateTimeOffset> Run(DigestSchedule schedule, FakeTimeProvider clock, DateTimeOffset until)
    {
        var fired = new List<DateTimeOffset>();
        while (schedule.NextAfter(clock.GetUtcNow()) is { } next && next <= until)
        {
            clock.SetUtcNow(next);
            fired.Add(next);
        }

        return fired;
    }

    public static string[] Iso(IEnumerable<DateTimeOffset> instants) =>
        instants.Select(i => i.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)).ToArray();
}
