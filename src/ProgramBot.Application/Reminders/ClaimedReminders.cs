using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Reminders;

/// <summary>
/// What one member's claim won: the reminders now theirs to send, their personal chat (null when they have
/// none), and when the claims were made (a claim is completed only by that date, so a take-over is never closed by mistake).
/// </summary>
internal sealed record ClaimedReminders(IReadOnlyList<(ReminderCandidate Task, ReminderKind Kind)> Items, ConversationAddress? Address, DateTimeOffset ClaimedAt);
