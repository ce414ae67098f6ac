namespace ProgramBot.Dialogs;

/// <summary>Where the dialog stack stands after an operation.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was waiting for this message.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
