namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// Splits a command line into tokens: quoted text, Teams and Slack mentions and known
/// <c>key:value</c> options stay whole; everything else splits on whitespace.
/// </summary>
public static class Tokenizer
{
    /// <summary>Never throws: unbalanced quotes or tags are read as ordinary words.</summary>
    public static IReadOnlyList<Token> Tokenize(string? text) =>
        string.IsNullOrEmpty(text) ? [] : new TokenScanner(HtmlEntities.DecodeSeparators(text)).ReadAll();
}
