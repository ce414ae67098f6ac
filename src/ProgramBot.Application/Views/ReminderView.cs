using ProgramBot.Application.Reminders;

namespace ProgramBot.Application.Views;

/// <summary>One task in a reminder: which, its due date and whether it is due tomorrow or overdue.</summary>
public sealed record ReminderLine(string TaskId, string Title, DateOnly Due, ReminderKind Kind);

/// <summary>The reminder a member gets in their personal chat: every task of theirs that is due tomorrow or newly overdue.</summary>
public sealed record ReminderView(string MemberName, IReadOnlyList<ReminderLine> Lines) : View;
