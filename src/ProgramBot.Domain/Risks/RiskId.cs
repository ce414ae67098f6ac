using System.Globalization;
using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.Risks;

/// <summary>A risk's id in its workspace, such as <c>R-7</c>.</summary>
public readonly record struct RiskId(int Number)
{
    public static Result<RiskId> Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length > 2 && (trimmed[0] is 'R' or 'r') && trimmed[1] == '-'
            && int.TryParse(trimmed.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return new RiskId(number);
        }

        return new Error("risk.id.invalid", $"'{text}' is not a risk id; risk ids look like R-7.");
    }

    public override string ToString() => "R-" + Number.ToString(CultureInfo.InvariantCulture);
}
