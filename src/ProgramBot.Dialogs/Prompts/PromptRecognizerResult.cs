namespace ProgramBot.Dialogs.Prompts;

/// <summary>What a prompt recognised in the user's answer.</summary>
/// <param name="Succeeded">Whether a value was recognised.</param>
/// <param name="Value">The value, when recognised.</param>
/// <param name="Reason">Why the answer was not accepted, sent before the retry prompt.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default, string? Reason = null)
{
    /// <summary>A recognised value.</summary>
    public static PromptRecognizerResult<T> Success(T value) => new(true, value);

    /// <summary>Nothing recognised, optionally with a reason for the user.</summary>
    public static PromptRecognizerResult<T> Failure(string? reason = null) => new(false, default, reason);
}
