namespace ProgramBot.Dialogs.Prompts;

/// <summary>The choice a <see cref="ChoicePrompt"/> recognised.</summary>
/// <param name="Value">The choice's value.</param>
/// <param name="Index">Its zero-based position in the list.</param>
public sealed record FoundChoice(string Value, int Index);
