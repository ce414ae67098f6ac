using System.Globalization;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>A 1–5 value of a risk option such as <c>p:4</c> or <c>i:5</c>.</summary>
internal static class ScaleArgument
{
    public static Result<int?> Read(Token? option, string what)
    {
        if (option is null)
        {
            return (int?)null;
        }

        return int.TryParse(option.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 5
            ? value
            : ParseFailure.Error("risk.scale", $"{what} is a number from 1 to 5, like {option.Key}:4; '{ParseFailure.Shown(option.Text)}' isn't.");
    }
}
