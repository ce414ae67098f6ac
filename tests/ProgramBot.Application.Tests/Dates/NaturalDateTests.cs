using System.Globalization;
using ProgramBot.Application.Dates;

namespace ProgramBot.Application.Tests.Dates;

public class NaturalDateTests
{
    // 2026-11-25 is a Wednesday.
    private static readonly DateOnly Wednesday = new(2026, 11, 25);

    [Theory]
    [InlineData("2026-12-18", "2026-12-18")]
    [InlineData("today", "2026-11-25")]
    [InlineData("TODAY", "2026-11-25")]
    [InlineData("tomorrow", "2026-11-26")]
    [InlineData("tmr", "2026-11-26")]
    [InlineData("thu", "2026-11-26")]
    [InlineData("fri", "2026-11-27")]
    [InlineData("Friday", "2026-11-27")]
    [InlineData("mon", "2026-11-30")]
    [InlineData("wed", "2026-12-02")]
    [InlineData("wednesday", "2026-12-02")]
    [InlineData("sun", "2026-11-29")]
    [InlineData("next week", "2026-11-30")]
    [InlineData("Next  Week", "2026-11-30")]
    [InlineData("in 3 days", "2026-11-28")]
    [InlineData("in 1 day", "2026-11-26")]
    [InlineData("in 0 days", "2026-11-25")]
    [InlineData("in a week", "2026-12-02")]
    [InlineData("in 1 week", "2026-12-02")]
    [InlineData("in 2 weeks", "2026-12-09")]
    [InlineData("in 3650 days", "2036-11-22")]
    [InlineData("end of month", "2026-11-30")]
    [InlineData("EOM", "2026-11-30")]
    [InlineData("end of week", "2026-11-27")]
    [InlineData("eow", "2026-11-27")]
    public void TryParse_ReturnsDate_WhenTextIsADatePhrase(string text, string expected)
    {
        var ok = NaturalDate.TryParse(text, Wednesday, out var date);

        Assert.True(ok);
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("someday")]
    [InlineData("2026-02-30")]
    [InlineData("2026-2-3")]
    [InlineData("in -3 days")]
    [InlineData("in 3651 days")]
    [InlineData("in 3 fortnights")]
    [InlineData("next")]
    [InlineData("in ٣ days")]
    public void TryParse_ReturnsFalse_WhenTextIsNotADate(string? text)
    {
        var ok = NaturalDate.TryParse(text, Wednesday, out var date);

        Assert.False(ok);
        Assert.Equal(default, date);
    }

    [Fact]
    public void TryParse_MeansNextWeek_WhenWeekdayIsToday()
    {
        var friday = new DateOnly(2026, 11, 27);

        NaturalDate.TryParse("fri", friday, out var date);

        Assert.Equal(new DateOnly(2026, 12, 4), date);
    }

    [Theory]
    [InlineData("2026-11-27", "2026-11-27")] // Friday: today
    [InlineData("2026-11-28", "2026-12-04")] // Saturday: the coming Friday
    [InlineData("2026-11-29", "2026-12-04")] // Sunday: the coming Friday
    [InlineData("2026-11-23", "2026-11-27")] // Monday
    public void TryParse_EndOfWeekIsFriday_ForEachDayOfTheWeek(string today, string expected)
    {
        NaturalDate.TryParse("eow", DateOnly.Parse(today, CultureInfo.InvariantCulture), out var date);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("2026-11-29", "2026-11-30")] // Sunday: tomorrow starts next week
    [InlineData("2026-11-30", "2026-12-07")] // Monday: a week later
    public void TryParse_NextWeekIsNextMonday_WhenTodayIsNearTheWeekBoundary(string today, string expected)
    {
        NaturalDate.TryParse("next week", DateOnly.Parse(today, CultureInfo.InvariantCulture), out var date);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void TryParse_EndOfMonthHandlesLeapFebruary_WhenYearIsLeap()
    {
        NaturalDate.TryParse("end of month", new DateOnly(2028, 2, 3), out var date);

        Assert.Equal(new DateOnly(2028, 2, 29), date);
    }

    [Fact]
    public void TryParse_ReturnsFalse_WhenResultWouldPassYear9999()
    {
        var ok = NaturalDate.TryParse("in 10 days", DateOnly.MaxValue, out _);

        Assert.False(ok);
    }

    [Fact]
    public void Format_RoundTripsThroughTryParse_ForAnyDate()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 500; i++)
        {
            var date = DateOnly.FromDayNumber(random.Next(DateOnly.MaxValue.DayNumber));

            var ok = NaturalDate.TryParse(NaturalDate.Format(date), Wednesday, out var parsed);

            Assert.True(ok);
            Assert.Equal(date, parsed);
        }
    }
}
