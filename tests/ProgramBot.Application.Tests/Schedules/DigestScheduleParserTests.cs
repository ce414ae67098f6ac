using ProgramBot.Application.Digests.Schedules;

namespace ProgramBot.Application.Tests.Schedules;

public class DigestScheduleParserTests
{
    private const string DefaultZone = "Europe/Berlin";

    [Theory]
    [InlineData("daily", "daily at 09:00 tz:Europe/Berlin")]
    [InlineData("DAILY at 9:00", "daily at 09:00 tz:Europe/Berlin")]
    [InlineData("daily 17:30", "daily at 17:30 tz:Europe/Berlin")]
    [InlineData("weekdays at 07:05 tz:Pacific/Auckland", "weekdays at 07:05 tz:Pacific/Auckland")]
    [InlineData("weekdays tz:America/New_York at 8:00", "weekdays at 08:00 tz:America/New_York")]
    [InlineData("weekly mon", "weekly monday at 09:00 tz:Europe/Berlin")]
    [InlineData("weekly Friday at 16:00", "weekly friday at 16:00 tz:Europe/Berlin")]
    [InlineData("weekly thurs 23:59 tz:Australia/Sydney", "weekly thursday at 23:59 tz:Australia/Sydney")]
    [InlineData("cron \"0 9 * * 1-5\"", "cron \"0 9 * * 1-5\" tz:Europe/Berlin")]
    [InlineData("cron \"0 9 * * 1-5\" tz:America/New_York", "cron \"0 9 * * 1-5\" tz:America/New_York")]
    [InlineData("cron 30 7 * * mon", "cron \"30 7 * * mon\" tz:Europe/Berlin")]
    public void Parse_ReadsTheSchedule_WhenWordsAreValid(string text, string expected)
    {
        var result = DigestScheduleParser.Parse(text.Split(' '), DefaultZone);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(expected, result.Value.Format());
    }

    [Fact]
    public void Parse_ReadsTheCron_WhenTheTokenizerKeptTheQuotedTextWhole()
    {
        var result = DigestScheduleParser.Parse(["cron", "0 9 * * 1-5", "tz:America/New_York"], DefaultZone);

        Assert.Equal(DigestScheduleKind.Cron, result.Value.Kind);
        Assert.Equal("0 9 * * 1-5", result.Value.CronText);
        Assert.Equal("America/New_York", result.Value.ZoneId);
    }

    [Theory]
    [InlineData("daily at 09:00 tz:Europe/Berlin")]
    [InlineData("weekly sunday at 06:30 tz:Pacific/Auckland")]
    [InlineData("cron \"*/15 8-17 * * 1-5\" tz:America/New_York")]
    public void Parse_ReturnsAnEqualSchedule_WhenReadingFormatOutput(string text)
    {
        var schedule = DigestScheduleParser.Parse(text.Split(' '), "UTC").Value;

        var again = DigestScheduleParser.Parse(schedule.Format().Split(' '), "UTC").Value;

        Assert.Equal(schedule, again);
    }

    [Theory]
    [InlineData("", "digest.schedule.missing")]
    [InlineData("hourly", "digest.schedule.unknown")]
    [InlineData("weekly", "digest.schedule.day_missing")]
    [InlineData("weekly funday", "digest.schedule.day_unknown")]
    [InlineData("daily at 25:00", "digest.schedule.time_invalid")]
    [InlineData("daily 9am", "digest.schedule.time_invalid")]
    [InlineData("daily at noon", "digest.schedule.time_invalid")]
    [InlineData("daily at", "digest.schedule.time_missing")]
    [InlineData("daily at 09:00 at 10:00", "digest.schedule.unexpected")]
    [InlineData("daily please", "digest.schedule.unexpected")]
    [InlineData("daily tz:Mars/Olympus", "digest.schedule.zone_unknown")]
    [InlineData("daily tz:", "digest.schedule.zone_unknown")]
    [InlineData("cron", "digest.schedule.cron_missing")]
    [InlineData("cron \"0 9 * *", "digest.schedule.cron_invalid")]
    [InlineData("cron \"0 9 * * 1-5\" at 09:00", "digest.schedule.time_with_cron")]
    public void Parse_ReturnsAFriendlyError_WhenWordsAreInvalid(string text, string code)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var result = DigestScheduleParser.Parse(words, DefaultZone);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error!.Code);
    }

    [Fact]
    public void Parse_ReturnsUnknownZone_WhenTheDefaultZoneIsUnknownAndNoneIsGiven()
    {
        var result = DigestScheduleParser.Parse(["daily"], "Mars/Olympus");

        Assert.Equal("digest.schedule.zone_unknown", result.Error!.Code);
    }
}
