using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>One task, after a change or for <c>task show</c>, with the buttons its status allows.</summary>
public static class TaskCardRenderer
{
    public static JsonObject Render(TaskChangedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var heading = view.Change switch
        {
            TaskChange.Created => "Created",
            TaskChange.Started => "Started",
            TaskChange.Done => "Done",
            TaskChange.Blocked => "Blocked",
            TaskChange.Assigned => "Assigned",
            TaskChange.MilestoneSet => "Milestone",
            TaskChange.MilestoneCleared => "No longer a milestone",
            _ => "Rescheduled",
        };
        return Build(view.Task, heading, new FactList());
    }

    public static JsonObject Render(TaskDetailView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var created = TimeZoneInfo.ConvertTime(view.CreatedAt, view.TimeZone);
        var extra = new FactList()
            .Add("Project", CardText.Escape(view.ProjectName, CardLimits.TitleChars))
            .Add("Created", $"by {CardText.Escape(view.CreatedByName, CardLimits.NameChars)} on "
                + created.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .AddIf("Waits for", Links(view.WaitsFor))
            .AddIf("Holds up", Links(view.HoldsUp))
            .AddIf("Forecast", view.PushedTo is { } pushed ? TextRenderer.Date(pushed) + ", pushed out by what it waits for" : null);
        return Build(view.Task, "Task", extra);
    }

    private static string? Links(IReadOnlyList<string>? links) =>
        links is { Count: > 0 } ? CardText.Escape(string.Join(", ", links), CardLimits.TextChars) : null;

    private static JsonObject Build(TaskView task, string heading, FactList extra)
    {
        var card = new CardBuilder()
            .Add(CardElements.Subtle($"{heading} · {CardText.Escape(task.Id)}"))
            .Add(CardElements.Heading(TaskText.Marker(task) + CardText.Escape(task.Title, CardLimits.TitleChars)));
        var facts = new FactList()
            .Add("Status", TaskWords.Status(task.Status))
            .Add("Assignee", TaskWords.Assignee(task))
            .AddIf("Due", TaskWords.Due(task))
            .Add("Priority", TaskWords.Priority(task.Priority))
            .AddIf("Blocked", task.BlockedReason is null ? null : CardText.Escape(task.BlockedReason, CardLimits.TextChars));
        card.Add(facts.ToElement());
        if (extra.Count > 0)
        {
            card.Add(extra.ToElement());
        }

        if (task.Status is WorkItemStatus.Todo or WorkItemStatus.Blocked)
        {
            card.AddAction(CardActions.Execute("Start", CardVerbs.TaskStart, task.Id));
        }

        if (task.Status != WorkItemStatus.Done)
        {
            card.AddAction(CardActions.Execute("Done", CardVerbs.TaskDone, task.Id, CardActions.Positive))
                .AddAction(CardActions.Execute("Assign to me", CardVerbs.TaskAssignToMe, task.Id));
        }

        return card.Build();
    }
}
