namespace ProgramBot.Application.Views;

public sealed record ProgramSummary(string Key, string Name, string? Objective, string? ManagerName);
