using Microsoft.Extensions.Time.Testing;
using static ProgramBot.Application.Tests.Schedules.Schedules;

namespace ProgramBot.Application.Tests.Schedules;

public class DigestScheduleDstTests
{
    [Theory]
    // Europe/Berlin: CET +1 in winter, CEST +2 from 2026-03-29 to 2026-10-25.
    [InlineData("Europe/Berlin", "2026-01-15T12:00", "2026-01-16T08:00")]
    [InlineData("Europe/Berlin", "2026-07-15T12:00", "2026-07-16T07:00")]
    [InlineData("Europe/Berlin", "2026-03-28T06:00", "2026-03-28T08:00")]
    [InlineData("Europe/Berlin", "2026-03-28T12:00", "2026-03-29T07:00")]
    [InlineData("Europe/Berlin", "2026-10-24T06:00", "2026-10-24T07:00")]
    [InlineData("Europe/Berlin", "2026-10-24T12:00", "2026-10-25T08:00")]
    // America/New_York: EST -5, EDT -4 from 2026-03-08 to 2026-11-01.
    [InlineData("America/New_York", "2026-03-07T12:00", "2026-03-07T14:00")]
    [InlineData("America/New_York", "2026-03-07T15:00", "2026-03-08T13:00")]
    [InlineData("America/New_York", "2026-10-31T12:00", "2026-10-31T13:00")]
    [InlineData("America/New_York", "2026-10-31T14:00", "2026-11-01T14:00")]
    // Australia/Sydney: AEDT +11 until 2026-04-05, AEST +10 until 2026-10-04; 09:00 local is the previous UTC day.
    [InlineData("Australia/Sydney", "2026-04-03T12:00", "2026-04-03T22:00")]
    [InlineData("Australia/Sydney", "2026-04-04T12:00", "2026-04-04T23:00")]
    [InlineData("Australia/Sydney", "2026-10-02T12:00", "2026-10-02T23:00")]
    [InlineData("Australia/Sydney", "2026-10-03T12:00", "2026-10-03T22:00")]
    public void NextAfter_KeepsLocalNineOClock_WhenDaylightSavingChanges(string zoneId, string now, string expected)
    {
        var clock = new FakeTimeProvider(Utc(now));

        var next = Daily(zoneId).NextAfter(clock.GetUtcNow());

        Assert.Equal(Utc(expected), next);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-25T00:00", "2026-04-02T00:00", 8, 7)]
    [InlineData("Europe/Berlin", "2026-10-21T00:00", "2026-10-29T00:00", 7, 8)]
    [InlineData("America/New_York", "2026-03-04T00:00", "2026-03-12T00:00", 14, 13)]
    [InlineData("America/New_York", "2026-10-28T00:00", "2026-11-05T00:00", 13, 14)]
    [InlineData("Australia/Sydney", "2026-04-01T00:00", "2026-04-09T00:00", 22, 23)]
    [InlineData("Australia/Sydney", "2026-09-30T00:00", "2026-10-08T00:00", 23, 22)]
    public void NextAfter_FiresOncePerLocalDayAtNine_WhenRunAcrossATransitionWeek(
        string zoneId, string from, string until, int utcHourBefore, int utcHourAfter)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var clock = new FakeTimeProvider(Utc(from));

        var fired = Run(Daily(zoneId), clock, Utc(until));

        Assert.Equal(8, fired.Count);
        Assert.All(fired, slot => Assert.Equal(new TimeSpan(9, 0, 0), TimeZoneInfo.ConvertTime(slot, zone).TimeOfDay));
        Assert.Equal(8, fired.Select(slot => TimeZoneInfo.ConvertTime(slot, zone).Date).Distinct().Count());
        Assert.Equal(utcHourBefore, fired[0].UtcDateTime.Hour);
        Assert.Equal(utcHourAfter, fired[^1].UtcDateTime.Hour);
    }

    [Theory]
    // 02:30 does not exist on the spring-forward night: the slot is the end of the gap, 03:00 local.
    [InlineData("Europe/Berlin", 2, 30, "2026-03-28T12:00", "2026-03-29T01:00")]
    [InlineData("America/New_York", 2, 30, "2026-03-07T12:00", "2026-03-08T07:00")]
    [InlineData("Australia/Sydney", 2, 30, "2026-10-03T00:00", "2026-10-03T16:00")]
    public void NextAfter_FiresWhenTheGapEnds_WhenLocalTimeIsSkipped(string zoneId, int hour, int minute, string now, string expected)
    {
        var next = Daily(zoneId, hour, minute).NextAfter(Utc(now));

        Assert.Equal(Utc(expected), next);
    }

    [Theory]
    // The repeated local time fires at its first occurrence, and the next slot is the following day.
    [InlineData("Europe/Berlin", 2, 30, "2026-10-24T12:00", "2026-10-25T00:30", "2026-10-26T01:30")]
    [InlineData("America/New_York", 1, 30, "2026-10-31T12:00", "2026-11-01T05:30", "2026-11-02T06:30")]
    [InlineData("Australia/Sydney", 2, 30, "2026-04-04T00:00", "2026-04-04T15:30", "2026-04-05T16:30")]
    public void NextAfter_FiresOnceAtTheFirstOccurrence_WhenLocalTimeRepeats(
        string zoneId, int hour, int minute, string now, string first, string following)
    {
        var schedule = Daily(zoneId, hour, minute);

        var next = schedule.NextAfter(Utc(now));
        var after = schedule.NextAfter(next!.Value);

        Assert.Equal(Utc(first), next);
        Assert.Equal(Utc(following), after);
    }

    [Fact]
    public void NextAfter_ReturnsTheFollowingSlot_WhenInstantIsExactlyOnASlot()
    {
        var next = Daily("Europe/Berlin").NextAfter(Utc("2026-11-23T08:00"));

        Assert.Equal(Utc("2026-11-24T08:00"), next);
    }

    [Fact]
    public void NextAfter_ReturnsTheSlot_WhenInstantIsJustBeforeIt()
    {
        var next = Daily("Europe/Berlin").NextAfter(Utc("2026-11-23T08:00").AddTicks(-1));

        Assert.Equal(Utc("2026-11-23T08:00"), next);
    }
}
