namespace ProgramBot.Application.Commands;

/// <summary>
/// Either a command, or a reason it could not be read plus the usage of the command the user
/// meant (null when not even the verb was recognised).
/// </summary>
public sealed record ParseOutcome(Command? Command, string? Error, string? Usage)
{
    public bool IsSuccess => Command is not null;

    public static ParseOutcome Success(Command command) => new(command, null, null);

    public static ParseOutcome Failure(string error, string? usage) => new(null, error, usage);
}
