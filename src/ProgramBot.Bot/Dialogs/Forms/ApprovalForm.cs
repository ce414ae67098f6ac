namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>What the approval form has gathered: kind, what to approve, approvers, policy and due date.</summary>
public sealed class ApprovalForm : IForm
{
    public string Id { get; set; } = string.Empty;

    public string? Kind { get; set; }

    public string? Subject { get; set; }

    public List<PersonAnswer> Approvers { get; set; } = [];

    public string? Policy { get; set; }

    public string? Due { get; set; }

    public bool DueAsked { get; set; }
}
