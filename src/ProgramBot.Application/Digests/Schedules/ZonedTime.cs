namespace ProgramBot.Application.Digests.Schedules;

/// <summary>Maps a wall-clock time in a zone to one UTC instant, whatever daylight saving does.</summary>
internal static class ZonedTime
{
    /// <summary>Longest gap to look past; Samoa skipped a whole day in 2011.</summary>
    private const int MaxGapMinutes = 48 * 60;

    /// <summary>
    /// The instant <paramref name="date"/> at <paramref name="time"/> happens in <paramref name="zone"/>.
    /// A time skipped by a spring-forward gap maps to the first instant after the gap (02:30 → 03:00);
    /// a time repeated by a fall-back maps to its first occurrence, so it fires once.
    /// </summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant: the first pass through the repeated hour.
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local - offset, TimeSpan.Zero);
        }

        var valid = local;
        for (var minutes = 0; zone.IsInvalidTime(valid) && minutes < MaxGapMinutes; minutes++)
        {
            valid = valid.AddMinutes(1);
        }

        // Past a gap, the first valid minute is local time exactly at the transition instant.
        if (valid != local)
        {
            valid = new DateTime(valid.Year, valid.Month, valid.Day, valid.Hour, valid.Minute, 0, DateTimeKind.Unspecified);
        }

        return new DateTimeOffset(valid - zone.GetUtcOffset(valid), TimeSpan.Zero);
    }

    /// <summary>The calendar date in <paramref name="zone"/> at <paramref name="instant"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
