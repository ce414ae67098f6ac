using Microsoft.Extensions.Time.Testing;
using static ProgramBot.Application.Tests.Schedules.Schedules;

namespace ProgramBot.Application.Tests.Schedules;

public class DigestScheduleWeekdayTests
{
    private const string Auckland = "Pacific/Auckland";

    [Fact]
    public void NextAfter_FiresOnAucklandMonday_WhenItIsStillSundayInUtc()
    {
        // Saturday 2026-11-28 09:00 NZDT (+13) has just passed; Monday 09:00 NZDT is Sunday 20:00 UTC.
        var clock = new FakeTimeProvider(Utc("2026-11-27T20:00"));

        var next = Weekdays(Auckland).NextAfter(clock.GetUtcNow());

        Assert.Equal(Utc("2026-11-29T20:00"), next);
        Assert.Equal(DayOfWeek.Sunday, next!.Value.UtcDateTime.DayOfWeek);
    }

    [Fact]
    public void NextAfter_FiresOnAucklandFriday_WhenItIsStillThursdayInUtc()
    {
        var next = Weekdays(Auckland).NextAfter(Utc("2026-11-26T00:00"));

        Assert.Equal(Utc("2026-11-26T20:00"), next);
    }

    [Fact]
    public void NextAfter_SkipsTheAucklandWeekend_WhenRunForAWeek()
    {
        var clock = new FakeTimeProvider(Utc("2026-11-25T00:00"));

        var fired = Run(Weekdays(Auckland), clock, Utc("2026-12-02T00:00"));

        // Thu, Fri, Mon, Tue, Wed in Auckland are Wed, Thu, Sun, Mon, Tue at 20:00 UTC; Sat and Sun local are skipped.
        Assert.Equal(
            ["2026-11-25T20:00", "2026-11-26T20:00", "2026-11-29T20:00", "2026-11-30T20:00", "2026-12-01T20:00"],
            Iso(fired));
    }

    [Fact]
    public void NextAfter_FiresOnNewYorkFridayEvening_WhenItIsAlreadySaturdayInUtc()
    {
        // 21:00 EST on Friday 2026-11-27 is 02:00 UTC on Saturday; Saturday 21:00 local is skipped.
        var schedule = Weekdays("America/New_York", 21);

        var friday = schedule.NextAfter(Utc("2026-11-27T12:00"));
        var monday = schedule.NextAfter(friday!.Value);

        Assert.Equal(Utc("2026-11-28T02:00"), friday);
        Assert.Equal(Utc("2026-12-01T02:00"), monday);
    }

    [Theory]
    [InlineData("2026-03-20T00:00", "2026-04-07T00:00", new[] { "2026-03-23T08:00", "2026-03-30T07:00", "2026-04-06T07:00" })]
    [InlineData("2026-10-15T00:00", "2026-11-03T00:00", new[] { "2026-10-19T07:00", "2026-10-26T08:00", "2026-11-02T08:00" })]
    public void NextAfter_FiresEveryBerlinMondayAtNine_WhenAWeekCrossesDaylightSaving(string from, string until, string[] expected)
    {
        var clock = new FakeTimeProvider(Utc(from));

        var fired = Run(Weekly(DayOfWeek.Monday, "Europe/Berlin"), clock, Utc(until));

        Assert.Equal(expected, Iso(fired));
    }

    [Fact]
    public void NextAfter_JudgesTheDayInTheSubscribersZone_WhenWeeklyInSydney()
    {
        // Monday 2026-11-30 09:00 AEDT (+11) is Sunday 22:00 UTC.
        var next = Weekly(DayOfWeek.Monday, "Australia/Sydney").NextAfter(Utc("2026-11-25T00:00"));

        Assert.Equal(Utc("2026-11-29T22:00"), next);
    }
}
