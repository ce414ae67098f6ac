namespace ProgramBot.Domain.Progress;

/// <summary>Red, amber, green: the status colour of a project or task.</summary>
public enum Rag
{
    Green = 0,
    Amber = 1,
    Red = 2,
}
