namespace ProgramBot.Domain.WorkItems;

public enum Priority
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}
