namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>
/// What the risk form has gathered. <see cref="Scope"/> is a project key, or <c>program:KEY</c>.
/// A one-liner asks only for the missing title, scope, probability and impact.
/// </summary>
public sealed class RiskForm : IForm
{
    public string Id { get; set; } = string.Empty;

    public bool Guided { get; set; }

    public string? Title { get; set; }

    public string? Scope { get; set; }

    public int? Probability { get; set; }

    public int? Impact { get; set; }

    public PersonAnswer? Owner { get; set; }

    public string? Mitigation { get; set; }

    public string? Review { get; set; }

    public bool OptionalAsked { get; set; }
}
