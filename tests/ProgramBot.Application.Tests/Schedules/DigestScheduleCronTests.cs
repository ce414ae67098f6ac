using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Digests.Schedules;
using static ProgramBot.Application.Tests.Schedules.Schedules;

namespace ProgramBot.Application.Tests.Schedules;

public class DigestScheduleCronTests
{
    [Fact]
    public void NextAfter_FiresWeekdaysAtNineNewYorkTime_WhenCronCrossesSpringForward()
    {
        // Friday 2026-03-06, EST; DST starts Sunday 2026-03-08.
        var clock = new FakeTimeProvider(Utc("2026-03-06T00:00"));

        var fired = Run(Cron("0 9 * * 1-5", "America/New_York"), clock, Utc("2026-03-11T00:00"));

        Assert.Equal(["2026-03-06T14:00", "2026-03-09T13:00", "2026-03-10T13:00"], Iso(fired));
    }

    [Fact]
    public void NextAfter_UsesTheCronTime_WhenAnAtTimeWasGiven()
    {
        var schedule = DigestSchedule.Create(DigestScheduleKind.Cron, null, "30 17 * * *", new TimeOnly(9, 0), "Europe/Berlin").Value;

        var next = schedule.NextAfter(Utc("2026-11-23T00:00"));

        Assert.Equal(Utc("2026-11-23T16:30"), next);
    }

    [Fact]
    public void NextAfter_FiresWhenTheGapEnds_WhenCronTimeIsSkipped()
    {
        var next = Cron("30 2 * * *", "Europe/Berlin").NextAfter(Utc("2026-03-28T12:00"));

        Assert.Equal(Utc("2026-03-29T01:00"), next);
    }

    [Fact]
    public void NextAfter_FiresOnceAtTheFirstOccurrence_WhenFixedCronTimeRepeats()
    {
        var schedule = Cron("30 2 * * *", "Europe/Berlin");

        var first = schedule.NextAfter(Utc("2026-10-24T12:00"));
        var following = schedule.NextAfter(first!.Value);

        Assert.Equal(Utc("2026-10-25T00:30"), first);
        Assert.Equal(Utc("2026-10-26T01:30"), following);
    }

    [Fact]
    public void NextAfter_FiresInBothPasses_WhenIntervalCronRunsThroughTheRepeatedHour()
    {
        // Documented difference (Cronos, as Vixie cron): an hourly expression is not skipped in the repeated hour.
        var schedule = Cron("30 * * * *", "Europe/Berlin");

        var first = schedule.NextAfter(Utc("2026-10-25T00:00"));
        var second = schedule.NextAfter(first!.Value);

        Assert.Equal(Utc("2026-10-25T00:30"), first);
        Assert.Equal(Utc("2026-10-25T01:30"), second);
    }

    [Fact]
    public void NextAfter_ReturnsTheFollowingSlot_WhenInstantIsExactlyOnACronSlot()
    {
        var next = Cron("0 9 * * 1-5", "America/New_York").NextAfter(Utc("2026-11-23T14:00"));

        Assert.Equal(Utc("2026-11-24T14:00"), next);
    }
}
