using System.ComponentModel.DataAnnotations;

namespace ProgramBot.Application.Approvals;

/// <summary>Settings of the approval-card copies kept up to date after a decision (section <c>ApprovalCopies</c>).</summary>
public sealed class ApprovalCopyOptions
{
    public const string SectionName = "ApprovalCopies";

    /// <summary>A requester's notice is claimed at most this often: the deciding turn, the background job, and once more after a crash or a failed post.</summary>
    public const int MaxNoticeClaims = 3;

    /// <summary>At most this many copies and notices are read in one run; the next run takes the rest.</summary>
    public const int Batch = 100;

    /// <summary>
    /// How long a claim of the background job — on a requester's notice, or on the update of one card copy — belongs to it.
    /// A claim older than this that never completed (its process died mid-send) is taken over. It must outlast one send
    /// (<c>Outbound:ProactiveSendTimeout</c>) or a slow send could be taken over and posted twice, or an old card land last.
    /// (The deciding turn claims for its reply budget.)
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan NoticeLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often each instance looks for copies still behind and notices still owed (also once at start-up); the host's
    /// recovery sweep also runs at least every five minutes, so a longer period is cut to that.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepPeriod { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many updates of one copy may fail in a row (in the turn or the background job) before it is given up.</summary>
    [Range(1, 100)]
    public int UpdateAttempts { get; set; } = 10;

    /// <summary>The wait after a copy's second failed update in a row; it doubles with each further one (the first retry waits for nothing).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between two updates of a failing copy.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a copy waits after <paramref name="failures"/> failed updates in a row. The first is retried by the next run at
    /// once: it is most often the deciding turn cut off by its reply budget, which hands the copy to the background job.
    /// </summary>
    public TimeSpan DelayAfter(int failures)
    {
        if (failures <= 1)
        {
            return TimeSpan.Zero;
        }

        var delay = RetryDelay * Math.Pow(2, Math.Min(failures - 2, 20));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
