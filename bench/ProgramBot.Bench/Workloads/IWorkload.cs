namespace ProgramBot.Bench.Workloads;

/// <summary>
/// One kind of traffic. Each conversation sends turns 0, 1, 2, … in order, so a multi-turn
/// workload (a guided dialog) picks its step from the slot's turn; a workload that must never
/// repeat an item across conversations (an approval click) uses the slot's sequence.
/// </summary>
internal interface IWorkload
{
    /// <summary>The name on the command line and in the report, such as <c>task-add</c>.</summary>
    string Name { get; }

    /// <summary>What the workload does, for the report.</summary>
    string Description { get; }

    /// <summary>The activity JSON posted to <c>/api/messages</c> for one turn.</summary>
    byte[] Request(TurnSlot slot);

    /// <summary>Null when ProgramBot's response to that turn is the expected one; otherwise what was wrong.</summary>
    string? Check(TurnSlot slot, ReadOnlySpan<byte> response);
}
