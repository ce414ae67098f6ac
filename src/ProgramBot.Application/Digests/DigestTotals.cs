namespace ProgramBot.Application.Digests;

/// <summary>The scope's overdue and blocked task counts, summed from the per-project counts.</summary>
public sealed record DigestTotals(int Overdue, int Blocked);
