using ProgramBot.Domain.Common;
using ProgramBot.Domain.Projects;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Reads <c>KEY name words…</c>, what <c>project new</c> and <c>program new</c> start with.</summary>
internal static class KeyAndNameArgument
{
    /// <summary>The key and validated name; <c>what</c> is "project" or "program", for the messages.</summary>
    public static Result<(EntityKey Key, string Name)> Read(IReadOnlyList<Token> rest, string what)
    {
        if (rest.Count == 0)
        {
            return ParseFailure.Error(
                $"{what}.missing", $"Give the {what} a key and a name, like: {what} new WEB Website relaunch.");
        }

        var key = KeyArgument.Read(rest[0], what);
        if (!key.IsSuccess)
        {
            return key.Error!;
        }

        var words = new List<string>(rest.Count);
        foreach (var token in rest.Skip(1))
        {
            if (token.Kind is TokenKind.Mention or TokenKind.SlackMention)
            {
                return ParseFailure.Error(
                    $"{what}.mention", $"Put the {what} manager after pm:, like pm:@alice.");
            }

            if (token.Text.Length > 0)
            {
                words.Add(token.Text);
            }
        }

        var name = ProjectName.Validate(string.Join(' ', words), what);
        return name.IsSuccess ? (key.Value, name.Value) : name.Error!;
    }

    /// <summary>The person after <c>pm:</c>, or null when the option was not given.</summary>
    public static Result<MemberRef?> ReadManager(OptionSet options)
    {
        if (options[OptionKeys.Manager] is not { } option)
        {
            return Result<MemberRef?>.Success(null);
        }

        return MemberArgument.Read(option, allowMe: true) is { } manager
            ? manager
            : ParseFailure.Error(
                "manager.invalid", $"'{ParseFailure.Shown(option.Raw)}' is not a person; write pm:@alice or pm:me.");
    }
}
