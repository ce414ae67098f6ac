using System.Globalization;
using Microsoft.Bot.Builder;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>Asks for a whole number ("60" or "60%"), optionally between <see cref="Min"/> and <see cref="Max"/>.</summary>
public sealed class NumberPrompt(string id, PromptValidator<int>? validator = null) : Prompt<int>(id, validator)
{
    /// <summary>The smallest accepted number.</summary>
    public int Min { get; init; } = int.MinValue;

    /// <summary>The largest accepted number.</summary>
    public int Max { get; init; } = int.MaxValue;

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<int>> RecognizeAsync(ITurnContext turnContext, string input, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Recognize(input));

    private PromptRecognizerResult<int> Recognize(string input)
    {
        var digits = input.TrimEnd('%', ' ');
        if (!int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return PromptRecognizerResult<int>.Failure("Please answer with a number.");
        }

        return number >= Min && number <= Max
            ? PromptRecognizerResult<int>.Success(number)
            : PromptRecognizerResult<int>.Failure(RangeReason());
    }

    private string RangeReason() => (Min, Max) switch
    {
        (int.MinValue, _) => $"That's more than {Max}.",
        (_, int.MaxValue) => $"That's less than {Min}.",
        _ => $"Please give a number from {Min} to {Max}.",
    };
}
