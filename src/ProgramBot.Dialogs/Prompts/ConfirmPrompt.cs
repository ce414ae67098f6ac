using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>Asks yes or no ("yes", "y", "ok", "👍", "1" / "no", "n", "nope", "2"); shows Yes and No buttons.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private static readonly HashSet<string> Yes = new(["yes", "y", "yeah", "yep", "ok", "okay", "sure", "👍", "1", "true"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> No = new(["no", "n", "nope", "nah", "👎", "2", "false"], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<bool>> RecognizeAsync(ITurnContext turnContext, string input, PromptOptions options, CancellationToken cancellationToken)
    {
        var word = input.TrimEnd('.', '!', ' ');
        var result = Yes.Contains(word) ? PromptRecognizerResult<bool>.Success(true)
            : No.Contains(word) ? PromptRecognizerResult<bool>.Success(false)
            : PromptRecognizerResult<bool>.Failure("Please answer yes or no.");
        return Task.FromResult(result);
    }

    /// <inheritdoc/>
    protected override Activity Decorate(Activity prompt, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        prompt.SuggestedActions ??= new SuggestedActions(actions:
        [
            new CardAction(ActionTypes.ImBack, "Yes", value: "yes"),
            new CardAction(ActionTypes.ImBack, "No", value: "no"),
        ]);
        return prompt;
    }
}
