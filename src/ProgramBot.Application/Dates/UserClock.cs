namespace ProgramBot.Application.Dates;

/// <summary>Today's date as the user sees it, from an injected clock and their IANA time zone.</summary>
public static class UserClock
{
    /// <summary>The calendar date in <paramref name="zone"/> at the clock's current instant.</summary>
    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        return DateOnly.FromDateTime(local.DateTime);
    }

    /// <summary>
    /// The first candidate that names a known time zone (for example the member's zone, then the
    /// workspace's), or UTC when none does: a stale or mistyped zone id must not stop the bot.
    /// </summary>
    public static TimeZoneInfo ResolveZone(params string?[] candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate)
                && TimeZoneInfo.TryFindSystemTimeZoneById(candidate.Trim(), out var zone))
            {
                return zone;
            }
        }

        return TimeZoneInfo.Utc;
    }
}
