namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>risk update R-7 [p:…] [i:…] [owner:@user] [mitigation:"…"] [review:date]</c>: at least one change.</summary>
internal static class RiskUpdateParser
{
    private const string Path = "risk update";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var id = RiskIdArgument.Read(args);
        if (!id.IsSuccess)
        {
            return ParseFailure.For(Path, id.Error!);
        }

        var read = OptionReader.Read([.. args.Skip(1)], Path, context.Today, RiskOptions.Keys);
        var options = read.IsSuccess ? RiskOptions.From(read.Value) : read.Error!;
        if (!options.IsSuccess)
        {
            return ParseFailure.For(Path, options.Error!);
        }

        if (read.Value.Rest.FirstOrDefault(t => t.Raw.Length > 0) is { } extra)
        {
            return ParseFailure.Extra(Path, extra);
        }

        var o = options.Value;
        if (o.Probability is null && o.Impact is null && o.Owner is null && o.Mitigation is null && o.Review is null)
        {
            return ParseFailure.For(Path, "Say what changes, like p:3 or mitigation:\"second vendor\".");
        }

        return ParseOutcome.Success(new RiskUpdateCommand(id.Value, o.Probability, o.Impact, o.Owner, o.Mitigation, o.Review));
    }
}
