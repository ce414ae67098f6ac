namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>task milestone ID [off]</c>: the task id, then nothing (flag it) or <c>off</c> (unflag it).</summary>
internal static class TaskMilestoneParser
{
    private const string Path = "task milestone";

    public static ParseOutcome Parse(IReadOnlyList<Token> args)
    {
        var id = TaskIdArgument.Read(args);
        if (!id.IsSuccess)
        {
            return ParseFailure.For(Path, id.Error!);
        }

        return args.Count switch
        {
            1 => ParseOutcome.Success(new TaskMilestoneCommand(id.Value, On: true)),
            2 when args[1].IsWord("off") => ParseOutcome.Success(new TaskMilestoneCommand(id.Value, On: false)),
            2 => ParseFailure.For(Path, $"Write task milestone {id.Value} to flag it, or task milestone {id.Value} off to unflag it."),
            _ => ParseFailure.Extra(Path, args[2]),
        };
    }
}
