using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and how. Persisted with the prompt's state as plain JSON, so
/// <see cref="Validations"/> comes back as a <c>JToken</c> on later turns.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>The question (e.g. <c>MessageFactory.Text("Which project?")</c>).</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent when an answer was not understood or not valid; defaults to <see cref="Prompt"/>.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>One line for "help" while the prompt waits; defaults to the prompt's text.</summary>
    public string? Help { get; set; }

    /// <summary>The options of a <see cref="ChoicePrompt"/>.</summary>
    public IList<Choice> Choices { get; init; } = [];

    /// <summary>Extra data for a validator.</summary>
    public object? Validations { get; set; }

    /// <summary>Options from plain text: the question and, optionally, a different retry question.</summary>
    public static PromptOptions FromText(string prompt, string? retryPrompt = null) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = retryPrompt is null ? null : MessageFactory.Text(retryPrompt),
    };
}
