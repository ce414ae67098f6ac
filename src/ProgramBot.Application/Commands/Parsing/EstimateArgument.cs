using System.Globalization;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>An estimate in days: a number above 0 and at most 1000, such as 3 or 0.5.</summary>
internal static class EstimateArgument
{
    public const decimal MaxDays = 1000m;

    public static Result<decimal> Read(string text)
    {
        var trimmed = text.Trim().TrimEnd('d', 'D');
        return decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var days) && days > 0 && days <= MaxDays
            ? decimal.Round(days, 2)
            : ParseFailure.Error("estimate", $"'{ParseFailure.Shown(text)}' is not an estimate: give days of work as a number above 0 and at most {MaxDays}, like 3 or 0.5.");
    }
}
