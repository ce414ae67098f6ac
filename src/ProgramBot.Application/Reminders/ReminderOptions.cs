using System.ComponentModel.DataAnnotations;

namespace ProgramBot.Application.Reminders;

/// <summary>Settings of task reminders (section <c>Reminders</c>).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>A reminder is claimed at most this often: the first claim and one more after a crash.</summary>
    public const int MaxClaims = 2;

    /// <summary>Whether the scheduler runs the reminder job; off removes its entry.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a claimed reminder belongs to the run that claimed it. A claim older than this whose send
    /// never finished (the process died) is taken over once by a later run. It must outlast one message's
    /// send (<c>Outbound:ProactiveSendTimeout</c>, 2 min) or a slow send could be taken over and sent twice,
    /// and stay under the job's 15-minute period so that the very next run takes a dead run's claims over.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:14:59")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);
}
