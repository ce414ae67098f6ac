namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>What the progress form has gathered: a task report needs a percent; a project report the rest too.</summary>
public sealed class ProgressForm : IForm
{
    public string Id { get; set; } = string.Empty;

    public string? Project { get; set; }

    public string? Task { get; set; }

    public int? Percent { get; set; }

    public string? Rag { get; set; }

    public string? RagReason { get; set; }

    public string? Done { get; set; }

    public string? Next { get; set; }

    public string? Blockers { get; set; }

    public bool BlockersAsked { get; set; }
}
