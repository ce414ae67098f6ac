using System.Globalization;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>risk bands MEDIUM HIGH CRITICAL [escalate:N]</c>: where each band starts.</summary>
internal static class RiskBandsParser
{
    private const string Path = "risk bands";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var read = OptionReader.Read(args, Path, context.Today, OptionKeys.Escalate);
        if (!read.IsSuccess)
        {
            return ParseFailure.For(Path, read.Error!);
        }

        var numbers = read.Value.Rest.Select(t => Number(t.Text)).ToList();
        int? escalate = read.Value[OptionKeys.Escalate] is { } option ? Number(option.Text) : null;
        if (numbers.Count != 3 || numbers.Any(n => n is null) || (read.Value[OptionKeys.Escalate] is not null && escalate is null))
        {
            return ParseFailure.For(Path, "Give the scores where medium, high and critical start, like risk bands 5 10 15.");
        }

        return ParseOutcome.Success(new RiskBandsCommand(numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value, escalate));
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 25 ? value : null;
}
