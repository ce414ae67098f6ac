using System.Globalization;
using ProgramBot.Application.Views;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Rendering;

public static class TaskText
{
    /// <summary>Marks a milestone before its title, in text and on cards.</summary>
    public const string MilestoneMarker = "◆ ";

    public static string Line(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var parts = new List<string> { $"**{task.Id}** {Marker(task)}{task.Title}", Status(task.Status) };
        parts.Add(task.AssigneeName is null ? "unassigned" : "@" + task.AssigneeName);
        if (task.Due is { } due)
        {
            parts.Add((task.IsOverdue ? "OVERDUE, was due " : "due ") + TextRenderer.Date(due));
        }

        if (task.Priority is Priority.High or Priority.Critical)
        {
            parts.Add(task.Priority.ToString().ToLowerInvariant() + " priority");
        }

        if (task.BlockedReason is not null)
        {
            parts.Add("blocked: " + task.BlockedReason);
        }

        return string.Join(" · ", parts);
    }

    public static string Changed(TaskChangedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var verb = view.Change switch
        {
            TaskChange.Created => "Created",
            TaskChange.Started => "Started",
            TaskChange.Done => "Done:",
            TaskChange.Blocked => "Blocked",
            TaskChange.Assigned => "Assigned",
            TaskChange.MilestoneSet => "Milestone:",
            TaskChange.MilestoneCleared => "No longer a milestone:",
            _ => "Rescheduled",
        };
        return $"{verb} {Line(view.Task)}";
    }

    public static string Detail(TaskDetailView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var created = TimeZoneInfo.ConvertTime(view.CreatedAt, view.TimeZone);
        return $"{Line(view.Task)}\n\nProject: {view.ProjectName}\n\nCreated by {view.CreatedByName} on "
            + created.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            + (view.WaitsFor is { Count: > 0 } waits ? "\n\nWaits for: " + string.Join(", ", waits) : string.Empty)
            + (view.HoldsUp is { Count: > 0 } holds ? "\n\nHolds up: " + string.Join(", ", holds) : string.Empty)
            + (view.PushedTo is { } pushed ? $"\n\nForecast: {TextRenderer.Date(pushed)}, pushed out by what it waits for" : string.Empty);
    }

    public static string List(TaskListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Items.Count == 0)
        {
            return $"{view.Heading}: none.";
        }

        var lines = view.Items.Select(t => "- " + Line(t));
        var more = view.More > 0 ? $"\n- +{view.More} more" : string.Empty;
        return $"{view.Heading} ({view.Total}):\n{string.Join('\n', lines)}{more}";
    }

    public static string Marker(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsMilestone ? MilestoneMarker : string.Empty;
    }

    private static string Status(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Todo => "to do",
        WorkItemStatus.InProgress => "in progress",
        WorkItemStatus.Blocked => "blocked",
        _ => "done",
    };
}
