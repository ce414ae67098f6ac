using System.ComponentModel.DataAnnotations;

namespace ProgramBot.Application.Notices;

/// <summary>Settings of notices to other conversations: slips, escalations, a digest's copies (section <c>Notices</c>).</summary>
public sealed class NoticeOptions
{
    public const string SectionName = "Notices";

    /// <summary>A notice is claimed for one conversation at most this often: the first claim and one more after a crash.</summary>
    public const int MaxClaims = 2;

    /// <summary>
    /// How long a claimed notice, and a queued job of notices, belongs to the process that took it. A claim older than
    /// this that never completed (the process died while sending) is taken over; a job not done by then is queued
    /// again. It must outlast the longest send — the messenger's retries with back-off — or a slow send could be
    /// taken over and told twice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a job written with its change may wait for the turn to queue it before the sweep does.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan QueueGrace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A job is queued at most this often (the turn's, then the sweep's), then given up and logged.</summary>
    [Range(1, 10)]
    public int MaxQueued { get; set; } = 3;
}
