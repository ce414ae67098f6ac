using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>task show|start|done ID</c>: exactly one task id.</summary>
internal static class TaskIdParser
{
    public static ParseOutcome Parse(IReadOnlyList<Token> args, string verbPath, Func<WorkItemId, Command> create)
    {
        var id = TaskIdArgument.Read(args);
        if (!id.IsSuccess)
        {
            return ParseFailure.For(verbPath, id.Error!);
        }

        return args.Count > 1 ? ParseFailure.Extra(verbPath, args[1]) : ParseOutcome.Success(create(id.Value));
    }
}
