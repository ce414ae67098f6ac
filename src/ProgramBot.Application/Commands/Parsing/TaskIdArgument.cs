using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Reads the task id that starts the arguments of show, start, done, block, assign and due.</summary>
internal static class TaskIdArgument
{
    public static Result<WorkItemId> Read(IReadOnlyList<Token> args)
    {
        if (args.Count == 0)
        {
            return ParseFailure.Error("task.id.missing", "Which task? Give its id, like WEB-42.");
        }

        var first = args[0];
        return first.Kind is TokenKind.Word or TokenKind.Quoted
            ? WorkItemId.Parse(ParseFailure.Shown(first.Text))
            : ParseFailure.Error("task.id.invalid", $"'{ParseFailure.Shown(first.Raw)}' is not a task id; task ids look like WEB-42.");
    }
}
