using System.Globalization;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>
/// Finds a choice by its number ("2"), by its value or a synonym (ignoring case), or by a prefix
/// that only one choice has.
/// </summary>
internal static class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string input, IList<Choice> choices)
    {
        if (input.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        if (int.TryParse(input.TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= choices.Count ? Found(choices, number - 1) : null;
        }

        var exact = IndexesWhere(choices, word => string.Equals(word, input, StringComparison.OrdinalIgnoreCase));
        if (exact.Count == 1)
        {
            return Found(choices, exact[0]);
        }

        var prefixed = IndexesWhere(choices, word => word.StartsWith(input, StringComparison.OrdinalIgnoreCase));
        return prefixed.Count == 1 ? Found(choices, prefixed[0]) : null;
    }

    private static List<int> IndexesWhere(IList<Choice> choices, Func<string, bool> matches) =>
        [.. Enumerable.Range(0, choices.Count)
            .Where(i => Words(choices[i]).Any(matches))];

    private static IEnumerable<string> Words(Choice choice) => [choice.Value, .. choice.Synonyms ?? []];

    private static FoundChoice Found(IList<Choice> choices, int index) => new(choices[index].Value, index);
}
