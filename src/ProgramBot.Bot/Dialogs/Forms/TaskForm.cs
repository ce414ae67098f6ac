namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>
/// What the task form has gathered so far, as plain JSON-friendly data. <see cref="Guided"/> is
/// true for <c>task new</c> (ask everything, then confirm); a one-liner that lacked only its
/// project asks for the project and creates the task at once.
/// </summary>
public sealed class TaskForm : IForm
{
    public string Id { get; set; } = string.Empty;

    public bool Guided { get; set; }

    public string? Title { get; set; }

    public string? Project { get; set; }

    public PersonAnswer? Assignee { get; set; }

    public bool AssigneeAsked { get; set; }

    public string? Due { get; set; }

    public bool DueAsked { get; set; }

    public string? Priority { get; set; }
}
