namespace ProgramBot.Application.Views;

public sealed record ProjectListView(IReadOnlyList<ProjectSummary> Projects, string? BoundProjectKey) : View;
