using ProgramBot.Application.Dates;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Reads dates from tokens, including phrases that span words (<c>due:in 3 days</c>).</summary>
internal static class DateArgument
{
    private const int MaxWords = 3;

    public static Error Unreadable(string text) => ParseFailure.Error(
        "date.invalid",
        $"I can't read '{ParseFailure.Shown(text)}' as a date. "
        + "Try 2026-12-18, today, tomorrow, fri, next week, in 3 days or end of month.");

    /// <summary>
    /// Reads the date of a date option. An unquoted value greedily takes the longest run of up to
    /// three words (the value and the words after it) that reads as a date; an empty value
    /// (<c>due: fri</c>) reads from the following words alone.
    /// </summary>
    /// <returns>The date and how many of the following tokens it used.</returns>
    public static Result<(DateOnly Date, int Used)> ReadOption(
        Token option, IReadOnlyList<Token> tokens, int next, DateOnly today)
    {
        if (option.ValueKind != TokenKind.Word)
        {
            return NaturalDate.TryParse(option.Text, today, out var quoted) ? (quoted, 0) : Unreadable(option.Text);
        }

        var words = new List<string>(MaxWords);
        if (option.Text.Length > 0)
        {
            words.Add(option.Text);
        }

        for (var i = next; i < tokens.Count && words.Count < MaxWords && tokens[i].Kind == TokenKind.Word; i++)
        {
            words.Add(tokens[i].Text);
        }

        var ownWords = option.Text.Length > 0 ? 1 : 0;
        for (var count = words.Count; count > 0; count--)
        {
            if (NaturalDate.TryParse(string.Join(' ', words.Take(count)), today, out var date))
            {
                return (date, count - ownWords);
            }
        }

        return option.Text.Length > 0
            ? Unreadable(option.Text)
            : ParseFailure.Error("date.missing", $"Give a date after {option.Key}:, like {option.Key}:fri.");
    }

    /// <summary>Reads all of <paramref name="tokens"/> as one date phrase (<c>task due WEB-42 next week</c>).</summary>
    public static Result<DateOnly> ReadAll(IReadOnlyList<Token> tokens, DateOnly today)
    {
        var text = string.Join(' ', tokens.Select(t => t.Raw));
        var plain = tokens.All(t => t.Kind is TokenKind.Word or TokenKind.Quoted);
        return plain && NaturalDate.TryParse(string.Join(' ', tokens.Select(t => t.Text)), today, out var date)
            ? date
            : Unreadable(text);
    }
}
