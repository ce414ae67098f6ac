namespace ProgramBot.Cli;

/// <summary>What the CLI gets from its surroundings, so tests can supply their own.</summary>
internal sealed record CliHost(
    TextReader Input,
    TextWriter Output,
    TextWriter Error,
    HttpClient Http,
    TimeProvider Time,
    string? EnvironmentUser,
    string LocalTimeZoneId);
