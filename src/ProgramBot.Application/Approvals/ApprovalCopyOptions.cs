using System.ComponentModel.DataAnnotations;

namespace ProgramBot.Application.Approvals;

/// <summary>Settings of the approval-card copies kept up to date after a decision (section <c>ApprovalCopies</c>).</summary>
public sealed class ApprovalCopyOptions
{
    public const string SectionName = "ApprovalCopies";

    /// <summary>A requester's notice is claimed at most this often: the deciding turn, the background job, and once more after a crash.</summary>
    public const int MaxNoticeClaims = 3;

    /// <summary>At most this many copies and notices are read in one run; the next run takes the rest.</summary>
    public const int Batch = 100;

    /// <summary>
    /// How long a claimed notice belongs to whoever claimed it. A claim older than this that never completed
    /// (its process died mid-send) is taken over. It must outlast one send (a turn's reply budget, or
    /// <c>Outbound:ProactiveSendTimeout</c> in the background) or a slow send could be taken over and posted twice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan NoticeLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often each instance looks for copies still behind and notices still owed (also once at start-up); the host's
    /// recovery sweep also runs at least every five minutes, so a longer period is cut to that.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepPeriod { get; set; } = TimeSpan.FromMinutes(5);
}
