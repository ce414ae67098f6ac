namespace ProgramBot.Application.Views;

public sealed record ProjectBoundView(ProjectSummary Project) : View;
