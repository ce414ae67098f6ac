namespace ProgramBot.Dialogs;

/// <summary>
/// The persisted dialog stack of one user in one conversation, top of the stack first, with the
/// version stamp and last activity time the <see cref="DialogRunner"/> uses to reset stale stacks, and the id of
/// the activity whose turn saved it, so a re-delivery of that activity does not advance the stack twice.
/// </summary>
public sealed class DialogState
{
    /// <summary>The stack; index 0 is the active dialog.</summary>
    public List<DialogInstance> DialogStack { get; } = [];

    /// <summary>The engine version that last saved this stack.</summary>
    public int Version { get; set; }

    /// <summary>When this stack was last saved.</summary>
    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>The id of the activity whose turn last saved this stack (null when the channel gave none).</summary>
    public string? LastActivityId { get; set; }
}
