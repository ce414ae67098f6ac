namespace ProgramBot.Application.Views;

public sealed record ProjectCreatedView(ProjectSummary Project) : View;
