using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Dates;

namespace ProgramBot.Application.Tests.Dates;

public class UserClockTests
{
    // 23:30 UTC on Friday 2026-11-27.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("Europe/Berlin", 2026, 11, 28)]
    [InlineData("America/New_York", 2026, 11, 27)]
    [InlineData("Pacific/Auckland", 2026, 11, 28)]
    [InlineData("UTC", 2026, 11, 27)]
    public void Today_ReturnsTheLocalDate_WhenZoneIsKnown(string zoneId, int year, int month, int day)
    {
        var zone = UserClock.ResolveZone(zoneId);

        var today = UserClock.Today(Clock, zone);

        Assert.Equal(new DateOnly(year, month, day), today);
    }

    [Fact]
    public void Today_ChangesWeekday_AcrossZonesAtTheSameInstant()
    {
        var berlin = UserClock.Today(Clock, UserClock.ResolveZone("Europe/Berlin"));
        var newYork = UserClock.Today(Clock, UserClock.ResolveZone("America/New_York"));

        Assert.Equal(DayOfWeek.Saturday, berlin.DayOfWeek);
        Assert.Equal(DayOfWeek.Friday, newYork.DayOfWeek);
    }

    [Fact]
    public void ResolveZone_ReturnsFirstKnownZone_WhenEarlierCandidatesAreUnknownOrBlank()
    {
        var zone = UserClock.ResolveZone(null, "  ", "Mars/Olympus_Mons", "Pacific/Auckland", "Europe/Berlin");

        Assert.Equal("Pacific/Auckland", zone.Id);
    }

    [Fact]
    public void ResolveZone_ReturnsUtc_WhenNoCandidateIsKnown()
    {
        var zone = UserClock.ResolveZone("Not/AZone", null);

        Assert.Equal(TimeZoneInfo.Utc, zone);
    }

    [Fact]
    public void ResolveZone_ReturnsUtc_WhenThereAreNoCandidates()
    {
        var zone = UserClock.ResolveZone();

        Assert.Equal(TimeZoneInfo.Utc, zone);
    }
}
