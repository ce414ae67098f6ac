namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Commands that take nothing after their name: <c>task new</c>, <c>project list</c>, <c>program list</c>.</summary>
internal static class NoArguments
{
    public static ParseOutcome Parse(IReadOnlyList<Token> args, string verbPath, Command command) =>
        args.Count == 0 ? ParseOutcome.Success(command) : ParseFailure.Extra(verbPath, args[0]);
}
