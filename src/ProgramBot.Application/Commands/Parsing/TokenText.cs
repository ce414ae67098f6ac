using System.Text.RegularExpressions;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Normalises the text inside quotes and mentions: entities decoded, whitespace collapsed.</summary>
internal static partial class TokenText
{
    public static string Clean(string text) => Whitespace().Replace(HtmlEntities.DecodeText(text), " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
