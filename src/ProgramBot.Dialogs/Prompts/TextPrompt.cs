using Microsoft.Bot.Builder;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>Asks for any non-empty text; returns it trimmed.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<string>> RecognizeAsync(ITurnContext turnContext, string input, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(input.Length > 0
            ? PromptRecognizerResult<string>.Success(input)
            : PromptRecognizerResult<string>.Failure());
}
