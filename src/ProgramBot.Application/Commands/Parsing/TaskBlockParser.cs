namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>task block ID reason…</c>: the reason is kept as typed and is required.</summary>
internal static class TaskBlockParser
{
    public const int MaxReasonLength = 500;

    private const string Path = "task block";

    public static ParseOutcome Parse(IReadOnlyList<Token> args)
    {
        var id = TaskIdArgument.Read(args);
        if (!id.IsSuccess)
        {
            return ParseFailure.For(Path, id.Error!);
        }

        var reason = string.Join(' ', args.Skip(1).Select(t => t.Raw).Where(r => r.Length > 0));
        if (reason.Length == 0)
        {
            return ParseFailure.For(Path, "Say why it is blocked, like: task block WEB-42 waiting for API keys.");
        }

        if (reason.Length > MaxReasonLength || reason.Any(char.IsControl))
        {
            return ParseFailure.For(Path, $"Keep the reason to one line of at most {MaxReasonLength} characters.");
        }

        return ParseOutcome.Success(new TaskBlockCommand(id.Value, reason));
    }
}
