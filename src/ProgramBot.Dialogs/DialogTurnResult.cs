namespace ProgramBot.Dialogs;

/// <summary>The outcome of a dialog operation: the stack's status and, on completion, a result.</summary>
/// <param name="Status">Where the stack stands.</param>
/// <param name="Result">The value the ending dialog returned, if any.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
