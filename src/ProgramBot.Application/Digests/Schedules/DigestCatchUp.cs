namespace ProgramBot.Application.Digests.Schedules;

/// <summary>
/// What to send after downtime: the newest missed slot only, so a bot that was down for three days
/// sends one catch-up digest instead of a burst of three.
/// </summary>
public static class DigestCatchUp
{
    private static readonly TimeSpan FirstWindow = TimeSpan.FromHours(1);

    /// <summary>
    /// The newest slot in (<paramref name="since"/>, <paramref name="now"/>], or null when none fell due.
    /// <paramref name="since"/> is normally the last slot that was sent.
    /// </summary>
    /// <remarks>
    /// Searches windows ending at <paramref name="now"/> that double in length, so a frequent cron
    /// schedule after a long outage costs a few hundred steps, not one per missed slot.
    /// </remarks>
    public static DateTimeOffset? LatestSlotAtOrBefore(DigestSchedule schedule, DateTimeOffset now, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (now <= since)
        {
            return null;
        }

        for (var window = FirstWindow; ; window += window)
        {
            var start = now - since > window ? now - window : since;
            if (LatestIn(schedule, start, now) is { } slot)
            {
                return slot;
            }

            if (start == since)
            {
                return null;
            }
        }
    }

    private static DateTimeOffset? LatestIn(DigestSchedule schedule, DateTimeOffset after, DateTimeOffset upTo)
    {
        DateTimeOffset? latest = null;
        for (var next = schedule.NextAfter(after); next is { } slot && slot <= upTo; next = schedule.NextAfter(slot))
        {
            latest = slot;
        }

        return latest;
    }
}
