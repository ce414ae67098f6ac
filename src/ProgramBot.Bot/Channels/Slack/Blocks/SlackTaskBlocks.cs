using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>One task, after a change or for <c>task show</c>, with the buttons its status allows; and a task's list row.</summary>
public static class SlackTaskBlocks
{
    public static JsonArray Render(TaskChangedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Build(view.Task, view.Change == TaskChange.Rescheduled ? "Rescheduled" : view.Change.ToString(), null);
    }

    public static JsonArray Render(TaskDetailView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var created = TimeZoneInfo.ConvertTime(view.CreatedAt, view.TimeZone).ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return Build(view.Task, "Task", $"Project {SlackText.Escape(view.ProjectName, SlackLimits.TitleChars)} · created by {SlackText.Escape(view.CreatedByName, SlackLimits.NameChars)} on {created}");
    }

    /// <summary>A list row: bold id and title, the summary beneath.</summary>
    public static string Row(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return $"*{SlackText.Escape(task.Id)}* {SlackText.Escape(task.Title, SlackLimits.TitleChars)}\n      {Summary(task)}";
    }

    public static string Summary(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var parts = new List<string> { TaskWords.Status(task.Status), Assignee(task) };
        if (task.Due is { } due)
        {
            parts.Add(task.IsOverdue ? "OVERDUE, was due " + TextRenderer.Date(due) : "due " + TextRenderer.Date(due));
        }

        if (task.Priority is Priority.High or Priority.Critical)
        {
            parts.Add(TaskWords.Priority(task.Priority) + " priority");
        }

        if (task.BlockedReason is not null)
        {
            parts.Add("blocked: " + SlackText.Escape(task.BlockedReason, SlackLimits.TextChars));
        }

        return string.Join(" · ", parts);
    }

    private static string Assignee(TaskView task) =>
        task.AssigneeName is null ? "unassigned" : "@" + SlackText.Escape(task.AssigneeName, SlackLimits.NameChars);

    private static JsonArray Build(TaskView task, string heading, string? extra)
    {
        var blocks = new SlackBlocks()
            .Context($"{heading} · {SlackText.Escape(task.Id)}")
            .Section("*" + SlackText.Escape(task.Title, SlackLimits.TitleChars) + "*")
            .Fields(
                ("Status", TaskWords.Status(task.Status)),
                ("Assignee", Assignee(task)),
                ("Due", task.Due is { } due ? (task.IsOverdue ? "OVERDUE, was due " : string.Empty) + TextRenderer.Date(due) : null),
                ("Priority", TaskWords.Priority(task.Priority)),
                ("Blocked", task.BlockedReason is null ? null : SlackText.Escape(task.BlockedReason, SlackLimits.TextChars)));
        if (extra is not null)
        {
            blocks.Context(extra);
        }

        if (task.Status is WorkItemStatus.Todo or WorkItemStatus.Blocked)
        {
            blocks.Button("Start", CardVerbs.TaskStart, task.Id);
        }

        if (task.Status != WorkItemStatus.Done)
        {
            blocks.Button("Done", CardVerbs.TaskDone, task.Id, "primary").Button("Assign to me", CardVerbs.TaskAssignToMe, task.Id);
        }

        return blocks.Build();
    }
}
