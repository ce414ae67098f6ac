using System.Text.RegularExpressions;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>One pass over one line; a new scanner per line keeps the tokenizer stateless.</summary>
internal sealed partial class TokenScanner(string source)
{
    private const string MentionOpen = "<at>";
    private const string MentionClose = "</at>";

    private int _position;

    public List<Token> ReadAll()
    {
        var tokens = new List<Token>();
        while (_position < source.Length)
        {
            // A comma right after a mention separates people in a list (approvers:<at>A</at>,<at>B</at>).
            if (char.IsWhiteSpace(source[_position]) || (source[_position] == ',' && source.AsSpan(0, _position).EndsWith(MentionClose, StringComparison.OrdinalIgnoreCase)))
            {
                _position++;
                continue;
            }

            tokens.Add(ReadQuoted() ?? ReadMention() ?? ReadSlackMention() ?? ReadOption() ?? ReadWord());
        }

        return tokens;
    }

    private Token? ReadQuoted()
    {
        var closer = source[_position] switch
        {
            '"' => '"',
            '\u201C' => '\u201D',
            _ => '\0',
        };
        var end = closer == '\0' ? -1 : source.IndexOf(closer, _position + 1);
        if (end < 0)
        {
            return null;
        }

        var text = TokenText.Clean(source[(_position + 1)..end]);
        var raw = source[_position] + text + closer;
        _position = end + 1;
        return new Token(TokenKind.Quoted, text, raw);
    }

    private Token? ReadMention()
    {
        if (!source.AsSpan(_position).StartsWith(MentionOpen, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var start = _position + MentionOpen.Length;
        var end = source.IndexOf(MentionClose, start, StringComparison.OrdinalIgnoreCase);
        var name = end < 0 ? string.Empty : TokenText.Clean(source[start..end]);
        if (name.Length == 0)
        {
            return null;
        }

        _position = end + MentionClose.Length;
        return new Token(TokenKind.Mention, name, MentionOpen + name + MentionClose);
    }

    private Token? ReadSlackMention()
    {
        var match = SlackMentionPattern().Match(source, _position);
        if (!match.Success)
        {
            return null;
        }

        _position += match.Length;
        return new Token(TokenKind.SlackMention, match.Groups[1].Value, match.Value);
    }

    private Token? ReadOption()
    {
        var match = OptionKeyPattern().Match(source, _position);
        if (!match.Success || !OptionKeys.IsKnown(match.Groups[1].Value))
        {
            return null;
        }

        var key = match.Groups[1].Value.ToLowerInvariant();
        _position += match.Length;
        var value = _position < source.Length && !char.IsWhiteSpace(source[_position])
            ? ReadQuoted() ?? ReadMention() ?? ReadSlackMention() ?? ReadWord()
            : new Token(TokenKind.Word, string.Empty, string.Empty);
        return new Token(TokenKind.Option, value.Text, match.Value + value.Raw, key, value.Kind);
    }

    private Token ReadWord()
    {
        var start = _position;
        while (_position < source.Length && !char.IsWhiteSpace(source[_position]))
        {
            _position++;
        }

        var text = HtmlEntities.DecodeText(source[start.._position]);
        return new Token(TokenKind.Word, text, text);
    }

    [GeneratedRegex(@"\G<@([A-Za-z0-9]+)(?:\|[^<>\s]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex SlackMentionPattern();

    [GeneratedRegex(@"\G([A-Za-z]+):", RegexOptions.CultureInvariant)]
    private static partial Regex OptionKeyPattern();
}
