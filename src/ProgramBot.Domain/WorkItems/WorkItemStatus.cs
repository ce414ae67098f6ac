namespace ProgramBot.Domain.WorkItems;

public enum WorkItemStatus
{
    Todo = 0,
    InProgress = 1,
    Blocked = 2,
    Done = 3,
}
