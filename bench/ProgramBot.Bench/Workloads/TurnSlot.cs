namespace ProgramBot.Bench.Workloads;

/// <summary>
/// One turn to send: which conversation, that conversation's turn number (0, 1, 2, … in order),
/// the generator-wide sequence number (unique across conversations) and the activity id.
/// </summary>
internal readonly record struct TurnSlot(int Conversation, long Turn, long Sequence, string ActivityId);
