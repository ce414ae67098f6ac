namespace ProgramBot.Application.Views;

public enum TaskChange
{
    Created,
    Started,
    Done,
    Blocked,
    Assigned,
    Rescheduled,
}

/// <summary>A task after a change, and what the change was.</summary>
public sealed record TaskChangedView(TaskView Task, TaskChange Change) : View;
