namespace ProgramBot.Domain.Projects;

public enum ProjectStatus
{
    Active = 0,
    OnHold = 1,
    Closed = 2,
}
