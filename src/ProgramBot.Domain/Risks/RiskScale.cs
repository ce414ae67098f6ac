using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.Risks;

/// <summary>The 1–5 scales for probability and impact, with the words people choose from.</summary>
public static class RiskScale
{
    public static IReadOnlyList<string> Probability { get; } =
        ["rare (under 10 %)", "unlikely (10–30 %)", "possible (30–50 %)", "likely (50–70 %)", "almost certain (over 70 %)"];

    public static IReadOnlyList<string> Impact { get; } =
        ["negligible", "minor", "moderate", "major", "severe"];

    public static Result<int> Validate(int value, string what) =>
        value is >= 1 and <= 5 ? value : new Error("risk.scale", $"{what} is a number from 1 to 5; {value} is outside that.");

    public static string Describe(int value, IReadOnlyList<string> scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return value is >= 1 and <= 5 ? $"{value} — {scale[value - 1]}" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
