namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Writes free text so that the tokenizer and parser read it back unchanged.</summary>
internal static class FormatText
{
    /// <summary>
    /// Writes title or name words; a word that would read as something else (an option, a
    /// mention, a <c>#KEY</c>, quoted text, the <c>milestone</c> flag of task add) is put in quotes.
    /// </summary>
    public static string Words(string text) => string.Join(
        ' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => NeedsQuotes(w) ? Quote(w) : Escape(w)));

    /// <summary>
    /// Quotes text: straight quotes, or curly ones when the text holds straight ones, or, when it
    /// holds both, straight quotes with the inner ones written as <c>&amp;#34;</c>.
    /// </summary>
    public static string Quote(string text)
    {
        if (!text.Contains('"', StringComparison.Ordinal))
        {
            return $"\"{Escape(text)}\"";
        }

        return text.Contains('\u201D', StringComparison.Ordinal)
            ? $"\"{Escape(text).Replace("\"", "&#34;", StringComparison.Ordinal)}\""
            : $"\u201C{Escape(text)}\u201D";
    }

    /// <summary>Escapes <c>&amp;</c> only when the text holds something the reader would decode as an entity.</summary>
    public static string Escape(string text) =>
        HtmlEntities.DecodeText(HtmlEntities.DecodeSeparators(text)) == text
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal);

    private static bool NeedsQuotes(string word)
    {
        // An opening quote or tag could pair with a closer in a later word, so it is never left bare.
        if (word.StartsWith('"') || word.StartsWith('\u201C') || word.StartsWith("<at>", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var tokens = Tokenizer.Tokenize(Escape(word));
        return tokens is not [{ Kind: TokenKind.Word } token]
            || token.Text != word
            || token.IsWord(TaskAddParser.MilestoneWord)
            || MemberArgument.Read(token, allowMe: false) is not null
            || KeyArgument.ReadHashKey(token) is not null;
    }
}
