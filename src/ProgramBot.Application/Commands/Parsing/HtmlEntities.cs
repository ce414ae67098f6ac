using System.Text.RegularExpressions;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// Teams and Slack send message text HTML-escaped. Decoding happens in two single passes so
/// that nothing is decoded twice and a typed "&lt;at&gt;" never becomes a real mention.
/// </summary>
internal static partial class HtmlEntities
{
    /// <summary>Before tokenizing: entities that only stand for quotes and spaces.</summary>
    public static string DecodeSeparators(string text) => text.Contains('&', StringComparison.Ordinal)
        ? SeparatorPattern().Replace(text, static m => m.Value switch
        {
            "&quot;" => "\"",
            "&#39;" => "'",
            _ => " ",
        })
        : text;

    /// <summary>
    /// After tokenizing: entities inside a token's text. <c>&amp;#34;</c> is decoded only here, so
    /// the formatter can write a straight quote inside quoted text.
    /// </summary>
    public static string DecodeText(string text) => text.Contains('&', StringComparison.Ordinal)
        ? TextPattern().Replace(text, static m => m.Value switch
        {
            "&amp;" => "&",
            "&lt;" => "<",
            "&gt;" => ">",
            _ => "\"",
        })
        : text;

    [GeneratedRegex("&(?:quot|#39|nbsp);", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex("&(?:amp|lt|gt|#34);", RegexOptions.CultureInvariant)]
    private static partial Regex TextPattern();
}
