using System.Globalization;
using ProgramBot.Application.Dates;
using Microsoft.Bot.Builder;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>Dates in form state are ISO text; answers are read in the sender's zone.</summary>
public static class FormDates
{
    public static string? FromAnswer(ITurnContext turnContext, string? answer)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return !FormPrompts.IsSkip(answer) && NaturalDate.TryParse(answer!.Trim(), turnContext.GetCommandContext().Today, out var date)
            ? NaturalDate.Format(date)
            : null;
    }

    public static string? Format(DateOnly? date) => date is { } d ? NaturalDate.Format(d) : null;

    public static DateOnly? Parse(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
