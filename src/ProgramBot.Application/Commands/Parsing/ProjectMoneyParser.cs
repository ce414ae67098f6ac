using System.Globalization;
using System.Text.RegularExpressions;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>project budget [#KEY] 120000 EUR</c> and <c>project spend [#KEY] 1200 vendor invoice</c>.</summary>
internal static partial class ProjectMoneyParser
{
    public const decimal MaxAmount = 1_000_000_000_000m;
    public const int MaxNoteLength = 200;

    public static ParseOutcome Parse(string subcommand, IReadOnlyList<Token> args)
    {
        var path = "project " + subcommand;
        var key = args.Count > 0 ? KeyArgument.ReadHashKey(args[0]) : null;
        var rest = key is null ? args : [.. args.Skip(1)];
        if (rest.Count == 0 || !decimal.TryParse(rest[0].Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount <= 0 || amount > MaxAmount || decimal.Round(amount, 2) != amount)
        {
            var shown = rest.Count == 0 ? "nothing" : $"'{ParseFailure.Shown(rest[0].Raw)}'";
            return ParseFailure.For(path, $"The amount is a number above 0 with at most 2 decimals, not {shown}; like {path} #WEB 1200 {(subcommand == "budget" ? "EUR" : "vendor invoice")}.");
        }

        var words = rest.Skip(1).Select(t => t.Text).ToList();
        if (subcommand == "budget")
        {
            return words.Count == 1 && CurrencyPattern().IsMatch(words[0])
                ? ParseOutcome.Success(new ProjectBudgetCommand(key, amount, words[0].ToUpperInvariant()))
                : ParseFailure.For(path, "Give the currency as a three-letter code after the amount, like 120000 EUR.");
        }

        var note = string.Join(' ', words).Trim();
        return note.Length == 0 || note.Length > MaxNoteLength || note.Any(char.IsControl)
            ? ParseFailure.For(path, $"Say what the money went on, in one line of at most {MaxNoteLength} characters, like 1200 vendor invoice.")
            : ParseOutcome.Success(new ProjectSpendCommand(key, amount, note));
    }

    [GeneratedRegex("^[A-Za-z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyPattern();
}
