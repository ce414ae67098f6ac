namespace ProgramBot.Dialogs;

/// <summary>How the <see cref="DialogRunner"/> treats stale stacks and crossed saves.</summary>
public sealed class DialogRunnerOptions
{
    /// <summary>Stamped on every saved stack; a stack saved under another version is reset. Bump it when dialogs change shape.</summary>
    public int Version { get; set; } = 1;

    /// <summary>A stack untouched for longer is dropped silently and the message is treated as fresh.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Sent when a stack from another version is reset.</summary>
    public string StaleStackMessage { get; set; } = "Sorry — I was updated and lost track of our conversation. Let's start again.";

    /// <summary>How many times a turn is run again after its save conflicted.</summary>
    public int ConflictRetries { get; set; } = 2;

    /// <summary>Sent, alone, when the last retry conflicted too.</summary>
    public string ConflictMessage { get; set; } = "Two messages crossed — please send that again.";

    /// <summary>
    /// Whether an exception means "someone saved this state first". By default any exception whose
    /// type name ends with <c>ConflictException</c> (the engine cannot see the host's storage types).
    /// </summary>
    public Func<Exception, bool> IsConflict { get; set; } =
        static exception => exception.GetType().Name.EndsWith("ConflictException", StringComparison.Ordinal);
}
