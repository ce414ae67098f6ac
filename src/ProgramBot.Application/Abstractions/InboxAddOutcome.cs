namespace ProgramBot.Application.Abstractions;

/// <summary>What became of a request offered to the inbox.</summary>
public enum InboxAddOutcome
{
    /// <summary>Stored: a worker will run it.</summary>
    Stored,

    /// <summary>The same request (same team and key) is stored already; nothing was added.</summary>
    Duplicate,

    /// <summary>Too many requests are pending; nothing was added.</summary>
    Full,
}
