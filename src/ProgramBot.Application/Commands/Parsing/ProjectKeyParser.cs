using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>project status [#KEY]</c> and <c>project bind #KEY</c>.</summary>
internal static class ProjectKeyParser
{
    public static ParseOutcome Parse(IReadOnlyList<Token> args, string verbPath, bool required, Func<EntityKey?, Command> create)
    {
        if (args.Count == 0)
        {
            return required
                ? ParseFailure.For(verbPath, $"Which project? Add its key, like: {verbPath} #WEB.")
                : ParseOutcome.Success(create(null));
        }

        var key = KeyArgument.Read(args[0], "project");
        if (!key.IsSuccess)
        {
            return ParseFailure.For(verbPath, key.Error!);
        }

        return args.Count > 1 ? ParseFailure.Extra(verbPath, args[1]) : ParseOutcome.Success(create(key.Value));
    }
}
