using ProgramBot.Application.Digests.Schedules;

namespace ProgramBot.Application.Tests.Schedules;

public class DigestScheduleCreateTests
{
    private static readonly TimeOnly Nine = new(9, 0);

    [Theory]
    [InlineData(DigestScheduleKind.Daily, null, null, "Mars/Olympus", "digest.schedule.zone_unknown")]
    [InlineData(DigestScheduleKind.Daily, null, null, "", "digest.schedule.zone_unknown")]
    [InlineData(DigestScheduleKind.Daily, DayOfWeek.Monday, null, "UTC", "digest.schedule.day_unexpected")]
    [InlineData(DigestScheduleKind.Daily, null, "0 9 * * *", "UTC", "digest.schedule.cron_unexpected")]
    [InlineData(DigestScheduleKind.Weekly, null, null, "UTC", "digest.schedule.day_missing")]
    [InlineData(DigestScheduleKind.Weekly, (DayOfWeek)9, null, "UTC", "digest.schedule.day_unknown")]
    [InlineData(DigestScheduleKind.Cron, null, null, "UTC", "digest.schedule.cron_missing")]
    [InlineData(DigestScheduleKind.Cron, null, "  ", "UTC", "digest.schedule.cron_missing")]
    [InlineData(DigestScheduleKind.Cron, null, "every morning", "UTC", "digest.schedule.cron_invalid")]
    [InlineData(DigestScheduleKind.Cron, null, "0 0 9 * * *", "UTC", "digest.schedule.cron_invalid")]
    [InlineData(DigestScheduleKind.Cron, null, "0 25 * * *", "UTC", "digest.schedule.cron_invalid")]
    [InlineData(DigestScheduleKind.Cron, null, "0 9 30 2 *", "UTC", "digest.schedule.cron_never")]
    [InlineData((DigestScheduleKind)42, null, null, "UTC", "digest.schedule.unknown")]
    public void Create_ReturnsAFriendlyError_WhenPartsAreInvalid(
        DigestScheduleKind kind, DayOfWeek? day, string? cron, string zoneId, string code)
    {
        var result = DigestSchedule.Create(kind, day, cron, Nine, zoneId);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error!.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
    }

    [Theory]
    [InlineData(DigestScheduleKind.Daily, null, null, "daily at 09:00 (Europe/Berlin)")]
    [InlineData(DigestScheduleKind.Weekdays, null, null, "weekdays (Monday to Friday) at 09:00 (Europe/Berlin)")]
    [InlineData(DigestScheduleKind.Weekly, DayOfWeek.Monday, null, "weekly on Monday at 09:00 (Europe/Berlin)")]
    [InlineData(DigestScheduleKind.Cron, null, " 0 9 * * 1-5 ", "cron \"0 9 * * 1-5\" (Europe/Berlin)")]
    public void Describe_NamesKindTimeAndZone_WhenScheduleIsValid(DigestScheduleKind kind, DayOfWeek? day, string? cron, string expected)
    {
        var schedule = DigestSchedule.Create(kind, day, cron, Nine, "Europe/Berlin").Value;

        Assert.Equal(expected, schedule.Describe());
    }

    [Fact]
    public void Create_KeepsTheZoneId_WhenZoneIsKnown()
    {
        var schedule = DigestSchedule.Create(DigestScheduleKind.Daily, null, null, Nine, "Pacific/Auckland").Value;

        Assert.Equal("Pacific/Auckland", schedule.ZoneId);
        Assert.Equal(Nine, schedule.At);
    }
}
