using System.Globalization;
using ProgramBot.Application.Dates;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Digests.Schedules;

/// <summary>
/// Reads the schedule words of <c>digest subscribe</c> after the scope:
/// <c>&lt;daily|weekdays|weekly &lt;day&gt;|cron "&lt;expr&gt;"&gt; [[at] HH:MM] [tz:&lt;IANA zone&gt;]</c>.
/// </summary>
/// <remarks>
/// The cron expression may arrive as one quoted token (<c>0 9 * * 1-5</c>), as words still carrying
/// their quotes, or as five bare words. A cron schedule sets its own time, so a time with it is refused
/// rather than silently ignored.
/// </remarks>
public static class DigestScheduleParser
{
    private const string ZonePrefix = "tz:";
    private const int CronFields = 5;

    public static Result<DigestSchedule> Parse(IReadOnlyList<string> words, string defaultZoneId)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0 || string.IsNullOrWhiteSpace(words[0]))
        {
            return DigestScheduleErrors.MissingSchedule();
        }

        var next = 1;
        DayOfWeek? day = null;
        string? cron = null;
        var kindWord = words[0].Trim().ToLowerInvariant();
        switch (kindWord)
        {
            case "daily" or "weekdays":
                break;
            case "weekly":
                if (next >= words.Count)
                {
                    return DigestScheduleErrors.MissingDay();
                }

                if (!WeekdayNames.TryGet(words[next].Trim().ToLowerInvariant(), out var weekday))
                {
                    return DigestScheduleErrors.UnknownDay(words[next]);
                }

                day = weekday;
                next++;
                break;
            case "cron":
                cron = ReadCron(words, ref next);
                if (cron is null)
                {
                    return DigestScheduleErrors.MissingCron();
                }

                break;
            default:
                return DigestScheduleErrors.UnknownKind(words[0]);
        }

        var options = ReadOptions(words, next);
        if (!options.IsSuccess)
        {
            return options.Error!;
        }

        var (at, zoneId) = options.Value;
        if (cron is not null && at is not null)
        {
            return DigestScheduleErrors.TimeWithCron();
        }

        var kind = kindWord switch
        {
            "weekdays" => DigestScheduleKind.Weekdays,
            "weekly" => DigestScheduleKind.Weekly,
            "cron" => DigestScheduleKind.Cron,
            _ => DigestScheduleKind.Daily,
        };
        return DigestSchedule.Create(kind, day, cron, at ?? DigestSchedule.DefaultAt, zoneId ?? defaultZoneId);
    }

    private static string? ReadCron(IReadOnlyList<string> words, ref int next)
    {
        if (next >= words.Count)
        {
            return null;
        }

        var first = words[next].Trim();
        var count = first.Contains(' ', StringComparison.Ordinal) ? 1
            : first.StartsWith('"') ? ClosingQuote(words, next) - next + 1
            : Math.Min(CronFields, words.Count - next);
        var expression = string.Join(' ', words.Skip(next).Take(count)).Trim().Trim('"').Trim();
        next += count;
        return expression;
    }

    /// <summary>The index of the word that closes a quote opened at <paramref name="open"/>; the last word if none does.</summary>
    private static int ClosingQuote(IReadOnlyList<string> words, int open)
    {
        for (var i = open; i < words.Count; i++)
        {
            var word = words[i].Trim();
            if (word.EndsWith('"') && (i > open || word.Length > 1))
            {
                return i;
            }
        }

        return words.Count - 1;
    }

    private static Result<(TimeOnly? At, string? ZoneId)> ReadOptions(IReadOnlyList<string> words, int next)
    {
        TimeOnly? at = null;
        string? zoneId = null;
        for (var i = next; i < words.Count; i++)
        {
            var word = words[i].Trim();
            if (word.StartsWith(ZonePrefix, StringComparison.OrdinalIgnoreCase) && zoneId is null)
            {
                zoneId = word[ZonePrefix.Length..];
                continue;
            }

            var saidAt = word.Equals("at", StringComparison.OrdinalIgnoreCase);
            if (saidAt && i + 1 >= words.Count)
            {
                return DigestScheduleErrors.MissingTime();
            }

            var timeWord = saidAt ? words[++i].Trim() : word;
            if (at is not null || !(saidAt || LooksLikeTime(timeWord)))
            {
                return DigestScheduleErrors.Unexpected(word);
            }

            if (!TryParseTime(timeWord, out var time))
            {
                return DigestScheduleErrors.BadTime(timeWord);
            }

            at = time;
        }

        return (at, zoneId);
    }

    private static bool LooksLikeTime(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]);

    /// <summary>24-hour <c>H:MM</c> or <c>HH:MM</c>, nothing else: "9am" and "25:00" are refused.</summary>
    private static bool TryParseTime(string word, out TimeOnly time) =>
        TimeOnly.TryParseExact(word, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
