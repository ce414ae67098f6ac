namespace ProgramBot.Cli;

/// <summary>Either parsed options or a usage error to show.</summary>
internal sealed record CliParseResult(CliOptions? Options, string? Error)
{
    public static CliParseResult Success(CliOptions options) => new(options, null);

    public static CliParseResult Failure(string error) => new(null, error);
}
