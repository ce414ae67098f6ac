namespace ProgramBot.Application.Reminders;

/// <summary>The stored names of the reminder kinds (part of each claim's key: never rename one in use).</summary>
public static class ReminderKinds
{
    public static string Name(ReminderKind kind) => kind == ReminderKind.Overdue ? "overdue" : "due-tomorrow";
}
