namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>task assign ID @user|me</c></summary>
internal static class TaskAssignParser
{
    private const string Path = "task assign";

    public static ParseOutcome Parse(IReadOnlyList<Token> args)
    {
        var id = TaskIdArgument.Read(args);
        if (!id.IsSuccess)
        {
            return ParseFailure.For(Path, id.Error!);
        }

        if (args.Count < 2)
        {
            return ParseFailure.For(Path, $"Who should do {id.Value}? Mention someone or say me.");
        }

        if (MemberArgument.Read(args[1], allowMe: true) is not { } assignee)
        {
            return ParseFailure.For(
                Path, $"'{ParseFailure.Shown(args[1].Raw)}' is not a person; mention someone, like @bob, or say me.");
        }

        return args.Count > 2
            ? ParseFailure.Extra(Path, args[2])
            : ParseOutcome.Success(new TaskAssignCommand(id.Value, assignee));
    }
}
