namespace ProgramBot.Cli;

/// <summary>The ids the CLI uses for people and for the bot.</summary>
internal static class CliAccounts
{
    public const string BotId = "programbot";
    public const string BotName = "ProgramBot";

    /// <summary>
    /// The same person gets the same id whether they type <c>--user Alice</c> or are
    /// mentioned as <c>@alice</c>, as a Teams user has one id however the name is typed.
    /// </summary>
    public static string UserId(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "cli-user-" + name.ToLowerInvariant();
    }
}
