using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Digests.Schedules;
using static ProgramBot.Application.Tests.Schedules.Schedules;

namespace ProgramBot.Application.Tests.Schedules;

public class DigestCatchUpTests
{
    [Fact]
    public void LatestSlotAtOrBefore_ReturnsOnlyTheNewestSlot_WhenDownForThreeDays()
    {
        // Last digest Friday 2026-11-20 09:00 Berlin; back up Monday 11:00 Berlin after missing Sat, Sun, Mon.
        var clock = new FakeTimeProvider(Utc("2026-11-23T10:00"));

        var slot = DigestCatchUp.LatestSlotAtOrBefore(Daily("Europe/Berlin"), clock.GetUtcNow(), Utc("2026-11-20T08:00"));

        Assert.Equal(Utc("2026-11-23T08:00"), slot);
    }

    [Fact]
    public void LatestSlotAtOrBefore_ReturnsNull_WhenNoSlotWasMissed()
    {
        var slot = DigestCatchUp.LatestSlotAtOrBefore(Daily("Europe/Berlin"), Utc("2026-11-23T10:00"), Utc("2026-11-23T08:00"));

        Assert.Null(slot);
    }

    [Fact]
    public void LatestSlotAtOrBefore_IncludesTheSlot_WhenNowIsExactlyOnIt()
    {
        var slot = DigestCatchUp.LatestSlotAtOrBefore(Daily("Europe/Berlin"), Utc("2026-11-23T08:00"), Utc("2026-11-20T08:00"));

        Assert.Equal(Utc("2026-11-23T08:00"), slot);
    }

    [Fact]
    public void LatestSlotAtOrBefore_ReturnsNull_WhenOnlyAucklandWeekendSlotsWereMissed()
    {
        // Friday 2026-11-27 09:00 NZDT was sent; back up Sunday 2026-11-29 12:00 NZDT.
        var slot = DigestCatchUp.LatestSlotAtOrBefore(Weekdays("Pacific/Auckland"), Utc("2026-11-28T23:00"), Utc("2026-11-26T20:00"));

        Assert.Null(slot);
    }

    [Fact]
    public void LatestSlotAtOrBefore_ReturnsTheAucklandFriday_WhenDownFromThursdayToSunday()
    {
        // Thursday 2026-11-26 09:00 NZDT was sent; Friday's slot (Thursday 20:00 UTC) is the one to catch up.
        var slot = DigestCatchUp.LatestSlotAtOrBefore(Weekdays("Pacific/Auckland"), Utc("2026-11-28T23:00"), Utc("2026-11-25T20:00"));

        Assert.Equal(Utc("2026-11-26T20:00"), slot);
    }

    [Fact]
    public void LatestSlotAtOrBefore_ReturnsTheNewestMinute_WhenAMinutelyCronWasDownForAMonth()
    {
        var slot = DigestCatchUp.LatestSlotAtOrBefore(Cron("* * * * *", "UTC"), Utc("2026-11-23T10:00:30"), Utc("2026-10-23T10:00"));

        Assert.Equal(Utc("2026-11-23T10:00"), slot);
    }

    [Fact]
    public void LatestSlotAtOrBefore_ReturnsNull_WhenNowIsNotAfterSince()
    {
        var slot = DigestCatchUp.LatestSlotAtOrBefore(Daily("UTC"), Utc("2026-11-23T10:00"), Utc("2026-11-23T10:00"));

        Assert.Null(slot);
    }
}
