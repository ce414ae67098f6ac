namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>risk close R-7 note…</c>: the note is required; "occurred …" records that the risk happened.</summary>
internal static class RiskCloseParser
{
    private const string Path = "risk close";

    public static ParseOutcome Parse(IReadOnlyList<Token> args)
    {
        var id = RiskIdArgument.Read(args);
        if (!id.IsSuccess)
        {
            return ParseFailure.For(Path, id.Error!);
        }

        var note = string.Join(' ', args.Skip(1).Select(t => t.Raw).Where(r => r.Length > 0));
        if (note.Length == 0)
        {
            return ParseFailure.For(Path, "Say how it ended, like: risk close R-7 mitigated by the second vendor.");
        }

        var occurred = note.StartsWith("occurred", StringComparison.OrdinalIgnoreCase);
        return ParseOutcome.Success(new RiskCloseCommand(id.Value, note, occurred));
    }
}
