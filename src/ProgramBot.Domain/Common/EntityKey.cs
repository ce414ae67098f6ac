using System.Text.RegularExpressions;

namespace ProgramBot.Domain.Common;

/// <summary>
/// A short upper-case key such as <c>WEB</c> or <c>APOLLO</c>: a letter, then 1–9 letters or digits.
/// </summary>
public readonly partial record struct EntityKey
{
    private EntityKey(string value) => Value = value;

    public string Value { get; }

    public static Result<EntityKey> Parse(string? text, string what)
    {
        var candidate = (text ?? string.Empty).Trim().TrimStart('#').ToUpperInvariant();
        if (!KeyPattern().IsMatch(candidate))
        {
            return new Error(
                "key.invalid",
                $"'{text}' is not a valid {what} key: use 2–10 letters or digits starting with a letter, like WEB.");
        }

        return new EntityKey(candidate);
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
