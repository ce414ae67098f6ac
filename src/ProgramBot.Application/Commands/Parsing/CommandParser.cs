namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// Reads one line of chat text as a <see cref="Command"/>, or explains in one line what is wrong
/// with it and shows the usage of the command the user meant. Stateless; register as a singleton.
/// </summary>
public sealed class CommandParser : ICommandParser
{
    /// <summary>Longer messages are not commands; the cap keeps parsing cheap whatever is pasted.</summary>
    public const int MaxLength = 4000;

    /// <inheritdoc />
    public ParseOutcome Parse(string? text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (text is { Length: > MaxLength })
        {
            return ParseOutcome.Failure($"That is too long for a command; keep it under {MaxLength} characters.", null);
        }

        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return ParseOutcome.Failure($"Type a command. {VerbDispatch.HelpHint}", null);
        }

        var verb = Word(tokens[0]);
        if (verb is "help" or "?")
        {
            return HelpParser.Parse([.. tokens.Skip(1)]);
        }

        if (verb == ProgressParser.Path)
        {
            return ProgressParser.Parse([.. tokens.Skip(1)], context);
        }

        if (verb == ApprovalVerbParser.ListVerb)
        {
            return ApprovalVerbParser.ParseList([.. tokens.Skip(1)]);
        }

        if (verb == "cancel")
        {
            return NoArguments.Parse([.. tokens.Skip(1)], "cancel", new CancelCommand());
        }

        if (verb is not (CommandCatalog.TaskTopic or CommandCatalog.ProjectTopic or CommandCatalog.ProgramTopic or RiskVerbParser.Verb or ApprovalVerbParser.Verb or DigestVerbParser.Verb or LessonVerbParser.Verb or WorkspaceVerbParser.Verb))
        {
            return VerbDispatch.UnknownVerb(tokens[0].Raw);
        }

        if (tokens.Count == 1)
        {
            return VerbDispatch.MissingSubcommand(verb);
        }

        var subcommand = Word(tokens[1]);
        IReadOnlyList<Token> args = [.. tokens.Skip(2)];
        return verb switch
        {
            CommandCatalog.TaskTopic => TaskVerbParser.Parse(subcommand, args, context),
            CommandCatalog.ProjectTopic => ProjectVerbParser.Parse(subcommand, args, context),
            RiskVerbParser.Verb => RiskVerbParser.Parse(subcommand, args, context),
            ApprovalVerbParser.Verb => ApprovalVerbParser.Parse(subcommand, args, context),
            DigestVerbParser.Verb => DigestVerbParser.Parse(subcommand, args, context),
            LessonVerbParser.Verb => LessonVerbParser.Parse(subcommand, args, context),
            WorkspaceVerbParser.Verb => WorkspaceVerbParser.Parse(subcommand, args),
            _ => ProgramVerbParser.Parse(subcommand, args, context),
        };
    }

    private static string Word(Token token) => token.Kind == TokenKind.Word ? token.Text.ToLowerInvariant() : token.Raw;
}
