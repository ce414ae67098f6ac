using ProgramBot.Domain.Programs;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>program new KEY name… [objective:"…"] [pm:@user]</c></summary>
internal static class ProgramNewParser
{
    private const string Path = "program new";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var options = OptionReader.Read(args, Path, context.Today, OptionKeys.Objective, OptionKeys.Manager);
        if (!options.IsSuccess)
        {
            return ParseFailure.For(Path, options.Error!);
        }

        var keyAndName = KeyAndNameArgument.Read(options.Value.Rest, "program");
        if (!keyAndName.IsSuccess)
        {
            return ParseFailure.For(Path, keyAndName.Error!);
        }

        var manager = KeyAndNameArgument.ReadManager(options.Value);
        if (!manager.IsSuccess)
        {
            return ParseFailure.For(Path, manager.Error!);
        }

        var objective = options.Value[OptionKeys.Objective]?.Text;
        if (objective is { Length: 0 })
        {
            return ParseFailure.For(Path, "Give the objective some text, like objective:\"Grow online sales\".");
        }

        if (objective is not null && (objective.Length > Program.MaxObjectiveLength || objective.Any(char.IsControl)))
        {
            return ParseFailure.For(Path, $"Keep the objective to one line of at most {Program.MaxObjectiveLength} characters.");
        }

        var (key, name) = keyAndName.Value;
        return ParseOutcome.Success(new ProgramNewCommand(key, name, objective, manager.Value));
    }
}
