namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Writes free text so that the tokenizer and parser read it back unchanged.</summary>
internal static class FormatText
{
    /// <summary>
    /// Writes title or name words; a word that would read as something else (an option, a
    /// mention, a <c>#KEY</c>, quoted text) is put in quotes.
    /// </summary>
    public static string Words(string text) => string.Join(
        ' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => NeedsQuotes(w) ? Quote(w) : Escape(w)));

    /// <summary>
    /// Quotes text, with curly quotes when it contains straight ones. Text holding both kinds of
    /// closing quote cannot be written back exactly; it only comes from contrived input.
    /// </summary>
    public static string Quote(string text) => text.Contains('"', StringComparison.Ordinal) && !text.Contains('\u201D', StringComparison.Ordinal)
        ? $"\u201C{Escape(text)}\u201D"
        : $"\"{Escape(text)}\"";

    /// <summary>Escapes <c>&amp;</c> only when the text holds something the reader would decode as an entity.</summary>
    public static string Escape(string text) =>
        HtmlEntities.DecodeText(HtmlEntities.DecodeSeparators(text)) == text
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal);

    private static bool NeedsQuotes(string word)
    {
        var tokens = Tokenizer.Tokenize(Escape(word));
        return tokens is not [{ Kind: TokenKind.Word } token]
            || token.Text != word
            || MemberArgument.Read(token, allowMe: false) is not null
            || KeyArgument.ReadHashKey(token) is not null;
    }
}
