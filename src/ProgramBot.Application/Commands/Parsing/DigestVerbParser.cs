using System.Globalization;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>digest subscribe|list|unsubscribe …</c></summary>
internal static class DigestVerbParser
{
    public const string Verb = "digest";

    /// <summary>Keeps a program's digest to the conversation, without the copies to the program's stakeholders.</summary>
    public const string NoStakeholders = "stakeholders:off";

    public static ParseOutcome Parse(string subcommand, IReadOnlyList<Token> args, ParseContext context) => subcommand switch
    {
        "subscribe" => Subscribe(args, context),
        "list" => NoArguments.Parse(args, "digest list", new DigestListCommand()),
        "now" => Now(args, context),
        "unsubscribe" => Unsubscribe(args),
        _ => VerbDispatch.UnknownSubcommand(Verb, subcommand),
    };

    private static ParseOutcome Subscribe(IReadOnlyList<Token> args, ParseContext context)
    {
        const string Path = "digest subscribe";
        var read = ProgramOption.ReadAlone(args, Path, context.Today);
        if (!read.IsSuccess)
        {
            return ParseFailure.For(Path, read.Error!);
        }

        var (program, rest) = read.Value;

        EntityKey? project = null;
        var words = new List<string>();
        var withoutStakeholders = false;
        foreach (var token in rest)
        {
            if (token.IsWord(NoStakeholders))
            {
                withoutStakeholders = true;
            }
            else if (project is null && program is null && words.Count == 0 && KeyArgument.ReadHashKey(token) is { } key)
            {
                project = key;
            }
            else
            {
                words.Add(token.Kind == TokenKind.Quoted ? token.Text : token.Raw);
            }
        }

        if (withoutStakeholders && program is null)
        {
            return ParseFailure.For(Path, $"Only a program's digest goes to its stakeholders, so {NoStakeholders} goes with program:KEY.");
        }

        return words.Count == 0
            ? ParseFailure.For(Path, "Say when, like: digest subscribe #WEB weekly mon 09:00.")
            : ParseOutcome.Success(new DigestSubscribeCommand(project, program, words, withoutStakeholders));
    }

    private static ParseOutcome Now(IReadOnlyList<Token> args, ParseContext context)
    {
        const string Path = "digest now";
        var read = ProgramOption.ReadAlone(args, Path, context.Today);
        if (!read.IsSuccess)
        {
            return ParseFailure.For(Path, read.Error!);
        }

        var (program, rest) = read.Value;

        if (rest.Count > 1 || (rest.Count == 1 && (program is not null || KeyArgument.ReadHashKey(rest[0]) is null)))
        {
            return ParseFailure.For(Path, "Say which scope, like digest now #WEB or digest now program:APOLLO — or nothing for this channel's.");
        }

        return ParseOutcome.Success(new DigestNowCommand(rest.Count == 1 ? KeyArgument.ReadHashKey(rest[0]) : null, program));
    }

    private static ParseOutcome Unsubscribe(IReadOnlyList<Token> args)
    {
        var text = args.Count == 1 ? args[0].Text.Trim() : string.Empty;
        var digits = text.StartsWith("D-", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? ParseOutcome.Success(new DigestUnsubscribeCommand(number))
            : ParseFailure.For("digest unsubscribe", "Say which digest, like D-3 (digest list shows them).");
    }
}
