using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;

namespace ProgramBot.Application.Tests.Parsing;

/// <summary>Parses with today fixed at Wednesday 2026-11-25 and asserts the outcome's shape.</summary>
internal static class Parsed
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static readonly ParseContext Context = new(Today);

    public static ParseOutcome Outcome(string? text) => new CommandParser().Parse(text, Context);

    public static T Ok<T>(string text)
        where T : Command
    {
        var outcome = Outcome(text);
        Assert.True(outcome.IsSuccess, $"'{text}' failed: {outcome.Error}");
        Assert.Null(outcome.Error);
        return Assert.IsType<T>(outcome.Command);
    }

    public static ParseOutcome Fails(string? text)
    {
        var outcome = Outcome(text);
        Assert.False(outcome.IsSuccess, $"'{text}' parsed as {outcome.Command}");
        Assert.False(string.IsNullOrWhiteSpace(outcome.Error));
        Assert.DoesNotContain('\n', outcome.Error);
        return outcome;
    }

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
