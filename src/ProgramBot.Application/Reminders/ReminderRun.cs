namespace ProgramBot.Application.Reminders;

/// <summary>What one run of the reminder job did: messages handed to the messenger, and members skipped for want of a personal chat.</summary>
public sealed record ReminderRun(int Sent, int Skipped);
