namespace ProgramBot.Bot.State;

/// <summary>
/// A state write lost an optimistic-concurrency race: someone saved the same key since it was read.
/// The turn must be retried or the user told to repeat, never silently overwritten.
/// </summary>
public sealed class StateConflictException : Exception
{
    public StateConflictException()
        : base("The state changed since it was read.")
    {
    }

    public StateConflictException(string key)
        : base($"The state under '{key}' changed since it was read (ETag mismatch).")
    {
        Key = key;
    }

    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Key { get; }
}
