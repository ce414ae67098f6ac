namespace ProgramBot.Application.Digests.Schedules;

/// <summary>How often a digest goes out.</summary>
public enum DigestScheduleKind
{
    /// <summary>Every day at the local time of day.</summary>
    Daily,

    /// <summary>Monday to Friday, judged by the date in the subscriber's zone.</summary>
    Weekdays,

    /// <summary>One day a week, judged by the date in the subscriber's zone.</summary>
    Weekly,

    /// <summary>A standard five-field cron expression evaluated in the subscriber's zone.</summary>
    Cron,
}
