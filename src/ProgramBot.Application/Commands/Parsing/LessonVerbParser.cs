namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>lesson add [#KEY] text…</c> and <c>lesson list [program:KEY|#KEY]</c>.</summary>
internal static class LessonVerbParser
{
    public const string Verb = "lesson";
    public const int MaxTextLength = 1000;

    public static ParseOutcome Parse(string subcommand, IReadOnlyList<Token> args, ParseContext context) => subcommand switch
    {
        "add" => Add(args),
        "list" => List(args, context),
        _ => VerbDispatch.UnknownSubcommand(CommandCatalog.LessonTopic, subcommand),
    };

    private static ParseOutcome Add(IReadOnlyList<Token> args)
    {
        var key = args.Count > 0 ? KeyArgument.ReadHashKey(args[0]) : null;
        var text = string.Join(' ', (key is null ? args : args.Skip(1)).Select(t => t.Text)).Trim();
        return text.Length == 0 || text.Length > MaxTextLength || text.Any(c => char.IsControl(c) && c != '\n')
            ? ParseFailure.For("lesson add", $"Write what was learned, up to {MaxTextLength} characters, like lesson add #WEB book the load test a week earlier.")
            : ParseOutcome.Success(new LessonAddCommand(key, text));
    }

    private static ParseOutcome List(IReadOnlyList<Token> args, ParseContext context)
    {
        var options = OptionReader.Read(args, "lesson list", context.Today, OptionKeys.Program);
        var program = options.IsSuccess ? ProgramOption.Read(options.Value) : options.Error!;
        if (!program.IsSuccess)
        {
            return ParseFailure.For("lesson list", program.Error!);
        }

        var rest = options.Value.Rest;
        var key = rest.Count == 1 ? KeyArgument.ReadHashKey(rest[0]) : null;
        return rest.Count > 1 || (rest.Count == 1 && key is null) || (key is not null && program.Value is not null)
            ? ParseFailure.For("lesson list", "List one scope: lesson list, lesson list #WEB or lesson list program:APOLLO.")
            : ParseOutcome.Success(new LessonListCommand(key, program.Value));
    }
}
