using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Reads project and program keys (<c>#WEB</c>, <c>web</c>) through <see cref="EntityKey.Parse"/>.</summary>
internal static class KeyArgument
{
    /// <summary>A <c>#KEY</c> word that is a valid key; other <c>#…</c> words (<c>#1</c>) are text and give null.</summary>
    public static EntityKey? ReadHashKey(Token token)
    {
        if (token.Kind != TokenKind.Word || !token.Text.StartsWith('#'))
        {
            return null;
        }

        var key = EntityKey.Parse(ParseFailure.Shown(token.Text), "project");
        return key.IsSuccess ? key.Value : null;
    }

    /// <summary>A key written with or without <c>#</c>, from a word, quoted text or an option's value.</summary>
    public static Result<EntityKey> Read(Token token, string what)
    {
        var value = token.Value();
        return value.Kind is TokenKind.Word or TokenKind.Quoted
            ? EntityKey.Parse(ParseFailure.Shown(value.Text), what)
            : ParseFailure.Error("key.invalid", $"'{ParseFailure.Shown(value.Raw)}' is not a {what} key; keys look like WEB.");
    }
}
