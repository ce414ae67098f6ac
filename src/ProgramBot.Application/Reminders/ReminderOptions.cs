namespace ProgramBot.Application.Reminders;

/// <summary>Settings of task reminders (section <c>Reminders</c>).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Whether the scheduler runs the reminder job; off removes its entry.</summary>
    public bool Enabled { get; set; } = true;
}
