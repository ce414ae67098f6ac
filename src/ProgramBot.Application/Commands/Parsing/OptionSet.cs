namespace ProgramBot.Application.Commands.Parsing;

/// <summary>The options read from a command line, and the tokens left once they were taken out.</summary>
internal sealed record OptionSet(
    IReadOnlyList<Token> Rest, IReadOnlyDictionary<string, Token> Values, IReadOnlyDictionary<string, DateOnly> Dates)
{
    public Token? this[string key] => Values.GetValueOrDefault(key);

    public DateOnly? DateOf(string key) => Dates.TryGetValue(key, out var date) ? date : null;
}
