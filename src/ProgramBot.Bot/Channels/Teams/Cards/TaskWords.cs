using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>The words the text replies use for a task (TaskText keeps its own private), shared by the task cards.</summary>
public static class TaskWords
{
    public static string Status(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Todo => "to do",
        WorkItemStatus.InProgress => "in progress",
        WorkItemStatus.Blocked => "blocked",
        _ => "done",
    };

    public static string Assignee(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.AssigneeName is null ? "unassigned" : "@" + CardText.Escape(task.AssigneeName, CardLimits.NameChars);
    }

    public static string? Due(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Due is { } due ? (task.IsOverdue ? "OVERDUE, was due " : string.Empty) + TextRenderer.Date(due) : null;
    }

    public static string Priority(Priority priority) => priority.ToString().ToLowerInvariant();

    /// <summary>One line under a task's title in a list: status, assignee, due, priority when high, blocked reason.</summary>
    public static string Summary(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var parts = new List<string> { Status(task.Status), Assignee(task) };
        if (Due(task) is { } due)
        {
            parts.Add(task.IsOverdue ? due : "due " + due);
        }

        if (task.Priority is Domain.WorkItems.Priority.High or Domain.WorkItems.Priority.Critical)
        {
            parts.Add(Priority(task.Priority) + " priority");
        }

        if (task.BlockedReason is not null)
        {
            parts.Add("blocked: " + CardText.Escape(task.BlockedReason, CardLimits.TextChars));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>A list row: bold id and title, with the summary beneath.</summary>
    public static JsonObject Row(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return CardElements.Container(
            CardElements.Text($"**{CardText.Escape(task.Id)}** {TaskText.Marker(task)}{CardText.Escape(task.Title, CardLimits.TitleChars)}"),
            CardElements.Subtle(Summary(task)));
    }
}
