using System.Globalization;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>project rag [#KEY] red|amber|green reason:"…" [days:N]</c>; the reason is checked by the use case.</summary>
internal static class ProjectRagParser
{
    private const string Path = "project rag";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var options = OptionReader.Read(args, Path, context.Today, OptionKeys.Reason, OptionKeys.Days);
        if (!options.IsSuccess)
        {
            return ParseFailure.For(Path, options.Error!);
        }

        var rest = options.Value.Rest;
        var key = rest.Count > 0 ? KeyArgument.ReadHashKey(rest[0]) : null;
        var words = key is null ? rest : [.. rest.Skip(1)];
        if (words.Count == 0 || !Enum.TryParse<Rag>(words[0].Text, ignoreCase: true, out var rag) || !Enum.IsDefined(rag) || int.TryParse(words[0].Text, out _))
        {
            return ParseFailure.For(Path, "Say the RAG to show: red, amber or green, like project rag #WEB red reason:\"vendor late\".");
        }

        if (words.Count > 1)
        {
            return ParseFailure.Extra(Path, words[1]);
        }

        int? days = null;
        if (options.Value[OptionKeys.Days] is { } daysToken)
        {
            if (!int.TryParse(daysToken.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return ParseFailure.For(Path, $"'{ParseFailure.Shown(daysToken.Text)}' is not a number of days; write days:7.");
            }

            days = parsed;
        }

        return ParseOutcome.Success(new ProjectRagCommand(key, rag, options.Value[OptionKeys.Reason]?.Text, days));
    }
}
