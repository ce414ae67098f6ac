namespace ProgramBot.Application.Views;

/// <summary>
/// <c>task show</c>: the task with its project, who created it when, and its dependencies — the
/// tasks it waits for and the tasks that wait for it, each as "API-7 Title" — and its forecast
/// finish when a dependency pushes it past its due date.
/// </summary>
public sealed record TaskDetailView(
    TaskView Task, string ProjectName, string CreatedByName, DateTimeOffset CreatedAt, TimeZoneInfo TimeZone,
    IReadOnlyList<string>? WaitsFor = null, IReadOnlyList<string>? HoldsUp = null, DateOnly? PushedTo = null) : View;
