namespace ProgramBot.Application.Views;

public enum TaskChange
{
    Created,
    Started,
    Done,
    Blocked,
    Assigned,
    Rescheduled,
    MilestoneSet,
    MilestoneCleared,
}

/// <summary>A task after a change, and what the change was.</summary>
public sealed record TaskChangedView(TaskView Task, TaskChange Change) : View;
