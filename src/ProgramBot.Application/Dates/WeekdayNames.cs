namespace ProgramBot.Application.Dates;

/// <summary>The weekday names and abbreviations people type, in lower case.</summary>
internal static class WeekdayNames
{
    public static bool TryGet(string word, out DayOfWeek day)
    {
        DayOfWeek? found = word switch
        {
            "mon" or "monday" => DayOfWeek.Monday,
            "tue" or "tues" or "tuesday" => DayOfWeek.Tuesday,
            "wed" or "weds" or "wednesday" => DayOfWeek.Wednesday,
            "thu" or "thur" or "thurs" or "thursday" => DayOfWeek.Thursday,
            "fri" or "friday" => DayOfWeek.Friday,
            "sat" or "saturday" => DayOfWeek.Saturday,
            "sun" or "sunday" => DayOfWeek.Sunday,
            _ => null,
        };
        day = found.GetValueOrDefault();
        return found.HasValue;
    }
}
