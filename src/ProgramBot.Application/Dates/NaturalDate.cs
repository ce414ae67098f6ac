using System.Globalization;
using System.Text.RegularExpressions;

namespace ProgramBot.Application.Dates;

/// <summary>
/// Reads the dates people type in commands ("fri", "next week", "in 3 days", "2026-12-18")
/// relative to today in the sender's time zone, and writes dates back in ISO form.
/// </summary>
public static partial class NaturalDate
{
    /// <summary>Longest phrase worth looking at; anything longer is not a date.</summary>
    private const int MaxPhraseLength = 40;

    private const int MaxOffset = 3650;

    /// <summary>
    /// Reads <paramref name="text"/> as a date, case-insensitively. Accepts an ISO date
    /// (<c>2026-12-18</c>), <c>today</c>, <c>tomorrow</c>/<c>tmr</c>, a weekday (<c>fri</c>,
    /// <c>friday</c>), <c>next week</c> (Monday of next week), <c>in N days</c>/<c>in N weeks</c>/<c>in a week</c>
    /// (N from 0 to 3650), <c>end of month</c>/<c>eom</c> and <c>end of week</c>/<c>eow</c>
    /// (this week's Friday; on a weekend, the coming Friday).
    /// </summary>
    /// <remarks>
    /// A weekday always means the next such day strictly after today: typed on a Friday,
    /// <c>fri</c> is the Friday a week later, because people who mean today say "today".
    /// </remarks>
    /// <returns>False, with <paramref name="date"/> left at default, when the text is not a date.</returns>
    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxPhraseLength)
        {
            return false;
        }

        var phrase = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToLowerInvariant();
        if (IsoPattern().IsMatch(phrase))
        {
            return DateOnly.TryParseExact(phrase, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        var offset = phrase switch
        {
            "today" => 0,
            "tomorrow" or "tmr" => 1,
            "next week" => DaysUntil(today, DayOfWeek.Monday),
            "end of week" or "eow" => (DayOfWeek.Friday - today.DayOfWeek + 7) % 7,
            "end of month" or "eom" => DateTime.DaysInMonth(today.Year, today.Month) - today.Day,
            _ => WeekdayNames.TryGet(phrase, out var weekday) ? DaysUntil(today, weekday) : RelativeOffset(phrase),
        };

        return offset >= 0 && TryAddDays(today, offset, out date);
    }

    /// <summary>Writes a date as ISO <c>yyyy-MM-dd</c>, which <see cref="TryParse"/> reads back unchanged.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Days from today to the next <paramref name="day"/> strictly after today (1–7).</summary>
    private static int DaysUntil(DateOnly today, DayOfWeek day)
    {
        var days = (day - today.DayOfWeek + 7) % 7;
        return days == 0 ? 7 : days;
    }

    /// <summary>"in 3 days", "in a week": the offset in days, or -1 when the phrase is not one.</summary>
    private static int RelativeOffset(string phrase)
    {
        var match = RelativePattern().Match(phrase);
        if (!match.Success)
        {
            return -1;
        }

        var count = match.Groups["count"].Value;
        var number = count == "a" ? 1 : int.Parse(count, NumberStyles.None, CultureInfo.InvariantCulture);
        if (number > MaxOffset)
        {
            return -1;
        }

        return match.Groups["unit"].Value.StartsWith("week", StringComparison.Ordinal) ? number * 7 : number;
    }

    // DateOnly.AddDays throws past year 9999; a parser must answer "no" instead.
    private static bool TryAddDays(DateOnly today, int days, out DateOnly date)
    {
        date = default;
        if ((long)today.DayNumber + days > DateOnly.MaxValue.DayNumber)
        {
            return false;
        }

        date = today.AddDays(days);
        return true;
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^in (?<count>a|[0-9]{1,5}) (?<unit>days?|weeks?)$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativePattern();
}
