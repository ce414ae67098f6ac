using System.Globalization;
using Microsoft.Bot.Builder;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>
/// Asks for a date. Natural dates come from the injected parser (the host knows the user's zone and
/// its own grammar); without one, only ISO <c>yyyy-MM-dd</c> is understood, which is also the fallback.
/// </summary>
public sealed class DatePrompt(string id, Func<ITurnContext, string, DateOnly?>? parser = null, PromptValidator<DateOnly>? validator = null)
    : Prompt<DateOnly>(id, validator)
{
    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<DateOnly>> RecognizeAsync(ITurnContext turnContext, string input, PromptOptions options, CancellationToken cancellationToken)
    {
        var date = input.Length == 0 ? null : parser?.Invoke(turnContext, input) ?? ParseIso(input);
        return Task.FromResult(date is { } value
            ? PromptRecognizerResult<DateOnly>.Success(value)
            : PromptRecognizerResult<DateOnly>.Failure());
    }

    private static DateOnly? ParseIso(string input) =>
        DateOnly.TryParseExact(input, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
