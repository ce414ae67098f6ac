using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// Takes the options out of a command line wherever they appear, reading multi-word dates and
/// objectives, and refusing duplicates and options the command does not take.
/// </summary>
internal static class OptionReader
{
    public static Result<OptionSet> Read(
        IReadOnlyList<Token> tokens, string verbPath, DateOnly today, params string[] allowed)
    {
        var rest = new List<Token>(tokens.Count);
        var values = new Dictionary<string, Token>(StringComparer.Ordinal);
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var key = token.Kind == TokenKind.Option ? OptionKeys.Canonical(token.Key!) : null;
            if (key is null)
            {
                rest.Add(token);
                continue;
            }

            if (!allowed.Contains(key))
            {
                return ParseFailure.Error(
                    "option.unexpected",
                    $"'{verbPath}' doesn't take {token.Key}:. If it is part of the text, put it in quotes.");
            }

            if (!values.TryAdd(key, token))
            {
                return ParseFailure.Error("option.duplicate", $"You gave {key}: twice; give it once.");
            }

            i += ReadValue(key, token, tokens, i + 1, today, values, dates, out var error);
            if (error is not null)
            {
                return error;
            }
        }

        return new OptionSet(rest, values, dates);
    }

    /// <summary>Reads values that may take the following tokens too; returns how many it took.</summary>
    private static int ReadValue(
        string key, Token option, IReadOnlyList<Token> tokens, int next, DateOnly today,
        Dictionary<string, Token> values, Dictionary<string, DateOnly> dates, out Error? error)
    {
        error = null;
        if (OptionKeys.IsDate(key))
        {
            var date = DateArgument.ReadOption(option, tokens, next, today);
            error = date.Error;
            if (date.IsSuccess)
            {
                dates[key] = date.Value.Date;
            }

            return date.IsSuccess ? date.Value.Used : 0;
        }

        if (!OptionKeys.IsRunOn(key) || option.ValueKind != TokenKind.Word)
        {
            return 0;
        }

        // An unquoted objective or mitigation runs on to the next option or mention, as people type it.
        var words = tokens.Skip(next).TakeWhile(t => t.Kind == TokenKind.Word).Select(t => t.Text).ToList();
        var text = string.Join(' ', words.Prepend(option.Text).Where(w => w.Length > 0));
        values[key] = option with { Text = text, Raw = $"{option.Key}:{text}" };
        return words.Count;
    }
}
