namespace ProgramBot.Application.Abstractions;

/// <summary>Task counts of one project by status, plus overdue (not done, due before today).</summary>
public sealed record WorkItemStatusCounts(int Todo, int InProgress, int Blocked, int Done, int Overdue)
{
    public int Total => Todo + InProgress + Blocked + Done;
}
