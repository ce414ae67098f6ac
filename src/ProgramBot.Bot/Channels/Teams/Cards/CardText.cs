using System.Text;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>
/// User text for TextBlocks, which render a Markdown subset: escaped so that a title such as
/// <c>*bold* [x](http://evil)</c> shows literally, and shortened so one field cannot fill a card.
/// </summary>
public static class CardText
{
    /// <summary>Backslash-escapes Markdown metacharacters: emphasis, links, code, HTML-ish angle brackets, and list or heading markers that open a line.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInline(c) || (lineStart && OpensBlock(c)) || EndsListNumber(text, i))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c is '\n' or '\r' || (lineStart && c is ' ' or '\t');
        }

        return escaped.ToString();
    }

    /// <summary>Escapes, after cutting to at most <paramref name="maxChars"/> characters (with an ellipsis when cut).</summary>
    public static string Escape(string? text, int maxChars) => Escape(Cut(text, maxChars));

    public static string Cut(string? text, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        var value = (text ?? string.Empty).Trim();
        if (value.Length <= maxChars)
        {
            return value;
        }

        var end = maxChars - 1;
        if (char.IsHighSurrogate(value[end - 1]))
        {
            end--;
        }

        return value[..end].TrimEnd() + "…";
    }

    private static bool IsInline(char c) => c is '\\' or '*' or '_' or '[' or ']' or '`' or '~' or '<' or '>' or '|';

    private static bool OpensBlock(char c) => c is '-' or '+' or '#' or '=';

    /// <summary>The dot or parenthesis of "1. item" or "1) item" at the start of a line, which opens a numbered list.</summary>
    private static bool EndsListNumber(string text, int i)
    {
        if (text[i] is not ('.' or ')') || i == 0 || !char.IsAsciiDigit(text[i - 1]))
        {
            return false;
        }

        var start = i - 1;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        for (var j = start - 1; j >= 0 && text[j] is not ('\n' or '\r'); j--)
        {
            if (text[j] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
