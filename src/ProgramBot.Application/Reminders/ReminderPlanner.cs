using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Dates;

namespace ProgramBot.Application.Reminders;

/// <summary>One member's reminders due now: the tasks and why each is in it.</summary>
public sealed record MemberReminders(long WorkspaceId, long MemberId, string MemberName, IReadOnlyList<(ReminderCandidate Task, ReminderKind Kind)> Items);

/// <summary>
/// Which reminders are due at an instant: for each member whose own clock (their zone, else the
/// workspace's) has passed the hour of reminders today, the tasks due tomorrow and those overdue
/// (due before today, not done), in their zone.
/// </summary>
public static class ReminderPlanner
{
    public static readonly TimeOnly Hour = new(9, 0);

    public static IReadOnlyList<MemberReminders> Plan(IEnumerable<ReminderCandidate> candidates, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var plans = new List<MemberReminders>();
        foreach (var member in candidates.GroupBy(c => (c.WorkspaceId, c.AssigneeId)))
        {
            var first = member.First();
            var local = LocalTime(first, now);
            if (TimeOnly.FromDateTime(local) < Hour)
            {
                continue;
            }

            var today = DateOnly.FromDateTime(local);
            var items = member
                .Select(c => (Task: c, Kind: KindOn(c, today)))
                .Where(i => i.Kind is not null)
                .Select(i => (i.Task, i.Kind!.Value))
                .ToList();
            if (items.Count > 0)
            {
                plans.Add(new MemberReminders(first.WorkspaceId, first.AssigneeId, first.AssigneeName, items));
            }
        }

        return plans;
    }

    /// <summary>
    /// Why the task would be reminded on its assignee's current day, whatever the hour: due tomorrow,
    /// overdue, or null (due today or later than tomorrow).
    /// </summary>
    public static ReminderKind? KindAt(ReminderCandidate candidate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return KindOn(candidate, DateOnly.FromDateTime(LocalTime(candidate, now)));
    }

    /// <summary>The latest due date any zone can call "tomorrow" at <paramref name="now"/> (zones run up to UTC+14).</summary>
    public static DateOnly LatestTomorrow(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime).AddDays(2);

    private static ReminderKind? KindOn(ReminderCandidate candidate, DateOnly today) =>
        candidate.DueDate < today ? ReminderKind.Overdue : candidate.DueDate == today.AddDays(1) ? ReminderKind.DueTomorrow : null;

    private static DateTime LocalTime(ReminderCandidate candidate, DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(now, UserClock.ResolveZone(candidate.MemberZone, candidate.WorkspaceZone)).DateTime;
}
