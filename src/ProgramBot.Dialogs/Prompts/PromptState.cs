namespace ProgramBot.Dialogs.Prompts;

/// <summary>What a prompt remembers between turns, stored in its <see cref="DialogInstance"/>.</summary>
internal sealed class PromptState
{
    public PromptOptions Options { get; set; } = new();

    public int AttemptCount { get; set; }
}
