using ProgramBot.Application.Views;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Tests.Cards.Builders;

internal sealed class TaskViewBuilder
{
    private string id = "WEB-42";
    private string title = "Ship the landing page";
    private string? assignee = "Ann";
    private DateOnly? due = new(2026, 3, 10);
    private Priority priority = Priority.High;
    private WorkItemStatus status = WorkItemStatus.Todo;
    private string? blockedReason;
    private bool overdue;
    private bool milestone;

    public TaskViewBuilder WithId(string value) { id = value; return this; }

    public TaskViewBuilder WithTitle(string value) { title = value; return this; }

    public TaskViewBuilder WithAssignee(string? value) { assignee = value; return this; }

    public TaskViewBuilder WithDue(DateOnly? value, bool isOverdue = false) { due = value; overdue = isOverdue; return this; }

    public TaskViewBuilder WithPriority(Priority value) { priority = value; return this; }

    public TaskViewBuilder WithStatus(WorkItemStatus value) { status = value; return this; }

    public TaskViewBuilder WithBlockedReason(string? value) { blockedReason = value; status = WorkItemStatus.Blocked; return this; }

    public TaskViewBuilder AsMilestone() { milestone = true; return this; }

    public TaskView Build() => new(id, title, assignee, due, priority, status, blockedReason, overdue, milestone);

    public static IReadOnlyList<TaskView> Many(int count, string title = "Task", string? blockedReason = null) =>
        [.. Enumerable.Range(1, count).Select(i => new TaskViewBuilder().WithId($"WEB-{i}").WithTitle($"{title} {i}").WithBlockedReason(blockedReason).Build())];
}
