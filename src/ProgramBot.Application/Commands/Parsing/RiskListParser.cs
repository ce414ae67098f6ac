using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>risk list [#PROJECT|program:KEY] [open|all|top]</c>.</summary>
internal static class RiskListParser
{
    private const string Path = "risk list";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var read = ProgramOption.ReadAlone(args, Path, context.Today);
        if (!read.IsSuccess)
        {
            return ParseFailure.For(Path, read.Error!);
        }

        var (program, rest) = read.Value;

        EntityKey? project = null;
        bool all = false, top = false;
        foreach (var token in rest)
        {
            if (token.IsWord("all"))
            {
                all = true;
            }
            else if (token.IsWord("top"))
            {
                top = true;
            }
            else if (!token.IsWord("open"))
            {
                if (KeyArgument.ReadHashKey(token) is not { } key || project is not null)
                {
                    return ParseFailure.For(Path, $"I don't know the filter '{ParseFailure.Shown(token.Raw)}'. Use #PROJECT, program:KEY, open, all or top.");
                }

                project = key;
            }
        }

        return project is not null && program is not null
            ? ParseFailure.For(Path, "List a project's risks or a program's, not both.")
            : ParseOutcome.Success(new RiskListCommand(project, program, all, top));
    }
}
