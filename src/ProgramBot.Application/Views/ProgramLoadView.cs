namespace ProgramBot.Application.Views;

/// <summary>
/// <c>program load</c>: per person, the estimated days of open work due in each of four weeks
/// (overdue work counts in the first), against the weekly capacity.
/// </summary>
public sealed record ProgramLoadView(string ProgramKey, IReadOnlyList<DateOnly> WeekStarts, IReadOnlyList<MemberLoad> Members, decimal CapacityDays) : View;

/// <summary>One person's load: estimated days per week and how many tasks; over when a week passes the capacity.</summary>
public sealed record MemberLoad(string Name, IReadOnlyList<decimal> Days, int Tasks, bool Over);
