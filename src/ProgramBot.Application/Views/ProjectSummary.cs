namespace ProgramBot.Application.Views;

public sealed record ProjectSummary(
    string Key, string Name, string? ProgramKey, string? ManagerName, DateOnly? StartDate, DateOnly? TargetEnd);
