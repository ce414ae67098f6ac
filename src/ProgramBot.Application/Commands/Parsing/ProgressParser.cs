using System.Globalization;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Progress;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>progress [#PROJECT|TASK-ID] [N%] [rag:green|amber|red] [note…]</c>.</summary>
internal static class ProgressParser
{
    public const string Path = "progress";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var read = OptionReader.Read(args, Path, context.Today, OptionKeys.Rag);
        if (!read.IsSuccess)
        {
            return ParseFailure.For(Path, read.Error!);
        }

        Rag? rag = null;
        if (read.Value[OptionKeys.Rag] is { } option)
        {
            rag = ReadRag(option.Text);
            if (rag is null)
            {
                return ParseFailure.For(Path, $"RAG is green, amber or red; '{ParseFailure.Shown(option.Text)}' isn't.");
            }
        }

        EntityKey? project = null;
        WorkItemId? task = null;
        int? percent = null;
        var note = new List<string>();
        foreach (var token in read.Value.Rest)
        {
            if (project is null && task is null && KeyArgument.ReadHashKey(token) is { } key)
            {
                project = key;
            }
            else if (project is null && task is null && note.Count == 0 && token.Kind == TokenKind.Word && WorkItemId.LooksLikeId(token.Text))
            {
                task = WorkItemId.Parse(token.Text).Value;
            }
            else if (percent is null && note.Count == 0 && token.Kind == TokenKind.Word && token.Text.EndsWith('%'))
            {
                if (!int.TryParse(token.Text.AsSpan(0, token.Text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 100)
                {
                    return ParseFailure.For(Path, $"Percent complete is 0 to 100, like 60%; '{ParseFailure.Shown(token.Text)}' isn't.");
                }

                percent = value;
            }
            else if (token.Raw.Length > 0)
            {
                note.Add(token.Raw);
            }
        }

        var text = note.Count == 0 ? null : string.Join(' ', note);
        return ParseOutcome.Success(new ProgressCommand(project, task, percent, rag, text));
    }

    public static Rag? ReadRag(string text) => text.ToLowerInvariant() switch
    {
        "green" or "g" => Rag.Green,
        "amber" or "a" or "yellow" => Rag.Amber,
        "red" or "r" => Rag.Red,
        _ => null,
    };
}
