namespace ProgramBot.Dialogs.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>.</summary>
/// <param name="Value">The value returned when chosen, and the label shown.</param>
/// <param name="Synonyms">Other words that choose it.</param>
/// <param name="Description">An optional explanation shown next to the value.</param>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null, string? Description = null);
