namespace ProgramBot.Application.Reminders;

/// <summary>
/// What one run of the reminder job did: messages handed to the messenger, members skipped for want of a
/// personal chat, and claims left open by dead runs that it closed as abandoned.
/// </summary>
public sealed record ReminderRun(int Sent, int Skipped, int Abandoned);
