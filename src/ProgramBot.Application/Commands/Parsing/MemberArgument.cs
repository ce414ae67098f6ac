using System.Text.RegularExpressions;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Reads a person from a token: a Teams or Slack mention, an <c>@handle</c>, or <c>me</c> where allowed.</summary>
internal static partial class MemberArgument
{
    /// <summary>The person the token (or an option's value) names, or null when it names nobody.</summary>
    public static MemberRef? Read(Token token, bool allowMe)
    {
        var value = token.Value();
        return value.Kind switch
        {
            TokenKind.Mention => new MemberRef(MemberRefKind.Mention, value.Text),
            TokenKind.SlackMention => new MemberRef(MemberRefKind.ChannelUser, value.Text),
            TokenKind.Word when allowMe && value.IsWord("me") => MemberRef.Me,
            TokenKind.Word when HandlePattern().IsMatch(value.Text) =>
                new MemberRef(MemberRefKind.Handle, value.Text[1..].ToLowerInvariant()),
            _ => null,
        };
    }

    // The characters MemberHandle keeps; "@alice," or "a@b.com" are text, not people.
    [GeneratedRegex(@"^@[\p{L}\p{Nd}._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HandlePattern();
}
