using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>task depends|undepend ID on ID</c>: the waiting task, the word on, the task it waits for.</summary>
internal static class TaskLinkParser
{
    public static ParseOutcome Parse(IReadOnlyList<Token> args, string path, Func<WorkItemId, WorkItemId, Command> create)
    {
        var successor = TaskIdArgument.Read(args);
        if (!successor.IsSuccess)
        {
            return ParseFailure.For(path, successor.Error!);
        }

        if (args.Count < 3 || !args[1].IsWord("on"))
        {
            return ParseFailure.For(path, $"Say which task {successor.Value} waits for, like {path} {successor.Value} on API-7.");
        }

        var predecessor = TaskIdArgument.Read([.. args.Skip(2)]);
        if (!predecessor.IsSuccess)
        {
            return ParseFailure.For(path, predecessor.Error!);
        }

        return args.Count > 3 ? ParseFailure.Extra(path, args[3]) : ParseOutcome.Success(create(successor.Value, predecessor.Value));
    }
}
