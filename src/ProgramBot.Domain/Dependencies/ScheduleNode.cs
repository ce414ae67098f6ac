namespace ProgramBot.Domain.Dependencies;

/// <summary>What the forecast needs of a task: its due date, whether it is done, and its estimate (for the critical chain).</summary>
public sealed record ScheduleNode(TaskRef Ref, DateOnly? Due, bool Done, decimal? Estimate = null);
