namespace ProgramBot.Application.Abstractions;

/// <summary>
/// The key of one reminder's claim: a task, why it is reminded (a stored kind name) and the due date
/// it was reminded for. A task whose due date moves gets a new key.
/// </summary>
public sealed record ReminderSlot(long WorkspaceId, long ProjectId, int TaskNumber, string Kind, DateOnly DueDate);
