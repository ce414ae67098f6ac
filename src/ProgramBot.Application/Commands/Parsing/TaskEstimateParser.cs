
namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>task estimate ID days|off</c>: an estimate in days, more than 0 and at most 1000 (halves allowed).</summary>
internal static class TaskEstimateParser
{
    private const string Path = "task estimate";

    public static ParseOutcome Parse(IReadOnlyList<Token> args)
    {
        var id = TaskIdArgument.Read(args);
        if (!id.IsSuccess)
        {
            return ParseFailure.For(Path, id.Error!);
        }

        if (args.Count != 2)
        {
            return args.Count < 2
                ? ParseFailure.For(Path, $"How many days of work is {id.Value}? Add a number, like task estimate {id.Value} 3.")
                : ParseFailure.Extra(Path, args[2]);
        }

        if (args[1].IsWord("off"))
        {
            return ParseOutcome.Success(new TaskEstimateCommand(id.Value, null));
        }

        var days = EstimateArgument.Read(args[1].Text);
        return days.IsSuccess ? ParseOutcome.Success(new TaskEstimateCommand(id.Value, days.Value)) : ParseFailure.For(Path, days.Error!);
    }
}
