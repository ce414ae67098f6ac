namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>task due ID date words</c>: everything after the id is the date.</summary>
internal static class TaskDueParser
{
    private const string Path = "task due";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var id = TaskIdArgument.Read(args);
        if (!id.IsSuccess)
        {
            return ParseFailure.For(Path, id.Error!);
        }

        if (args.Count < 2)
        {
            return ParseFailure.For(Path, $"When is {id.Value} due? Add a date, like fri or 2026-12-18.");
        }

        var due = DateArgument.ReadAll([.. args.Skip(1)], context.Today);
        return due.IsSuccess
            ? ParseOutcome.Success(new TaskDueCommand(id.Value, due.Value))
            : ParseFailure.For(Path, due.Error!);
    }
}
