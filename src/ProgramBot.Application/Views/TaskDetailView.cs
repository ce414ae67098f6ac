namespace ProgramBot.Application.Views;

/// <summary><c>task show</c>: the task with its project and who created it when.</summary>
public sealed record TaskDetailView(
    TaskView Task, string ProjectName, string CreatedByName, DateTimeOffset CreatedAt, TimeZoneInfo TimeZone) : View;
