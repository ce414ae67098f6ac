namespace ProgramBot.Application.Reminders;

/// <summary>Why a task is in a reminder: it is due tomorrow, or it has become overdue.</summary>
public enum ReminderKind
{
    DueTomorrow,
    Overdue,
}
