namespace ProgramBot.Bench.Workloads;

/// <summary>
/// One kind of traffic. Each conversation sends turns 0, 1, 2, … in order, so a multi-turn
/// workload (a guided dialog, an approval click) picks its step from <c>turn</c>.
/// </summary>
internal interface IWorkload
{
    /// <summary>The name on the command line and in the report, such as <c>task-add</c>.</summary>
    string Name { get; }

    /// <summary>What the workload does, for the report.</summary>
    string Description { get; }

    /// <summary>The text of one turn of one conversation.</summary>
    string TextFor(int conversation, long turn);

    /// <summary>Whether ProgramBot's reply to that turn is the expected one (not an error or an apology).</summary>
    bool IsExpectedReply(string reply);
}
