using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/>: by number, value, synonym, unique prefix
/// or a card button's value. The choices are appended to the question as a numbered list (Teams
/// ignores suggested actions in channels) and also offered as suggested actions.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<FoundChoice>> RecognizeAsync(ITurnContext turnContext, string input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(input, options.Choices);
        return Task.FromResult(found is null
            ? PromptRecognizerResult<FoundChoice>.Failure("That isn't one of the options; answer with its number or name.")
            : PromptRecognizerResult<FoundChoice>.Success(found));
    }

    /// <inheritdoc/>
    protected override Activity Decorate(Activity prompt, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(options);
        var list = new StringBuilder(prompt.Text);
        for (var i = 0; i < options.Choices.Count; i++)
        {
            var choice = options.Choices[i];
            list.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {choice.Value}");
            if (!string.IsNullOrEmpty(choice.Description))
            {
                list.Append(CultureInfo.InvariantCulture, $" — {choice.Description}");
            }
        }

        prompt.Text = list.ToString();
        prompt.SuggestedActions ??= new SuggestedActions(actions:
            [.. options.Choices.Select(c => new CardAction(ActionTypes.ImBack, c.Value, value: c.Value))]);
        return prompt;
    }
}
