namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// One piece of a command line. For an <see cref="TokenKind.Option"/>, <see cref="Key"/> is the
/// lower-case key, <see cref="Text"/> the value and <see cref="ValueKind"/> how the value was
/// written (a word, quoted text or a mention). <see cref="Raw"/> is the token as typed
/// (entities decoded, whitespace collapsed), for free text such as a block reason.
/// </summary>
public sealed record Token(TokenKind Kind, string Text, string Raw, string? Key = null, TokenKind ValueKind = TokenKind.Word)
{
    /// <summary>An option's value as a token of its own, so mentions and quoted text read the same everywhere.</summary>
    public Token Value() => Kind == TokenKind.Option ? new Token(ValueKind, Text, Text) : this;

    public bool IsWord(string word) => Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
