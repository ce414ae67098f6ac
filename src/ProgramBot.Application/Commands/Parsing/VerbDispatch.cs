namespace ProgramBot.Application.Commands.Parsing;

/// <summary>The replies for a verb or subcommand the grammar does not know.</summary>
internal static class VerbDispatch
{
    public const string HelpHint = "Type help to see what I can do.";

    public static ParseOutcome UnknownVerb(string verb) =>
        ParseOutcome.Failure($"I don't know '{ParseFailure.Shown(verb)}'. {HelpHint}", null);

    public static ParseOutcome UnknownSubcommand(string verb, string subcommand) =>
        ParseFailure.For(verb, $"I don't know '{ParseFailure.Shown(subcommand)}'. {HelpHint}");

    public static ParseOutcome MissingSubcommand(string verb) =>
        ParseFailure.For(
            verb, $"Say what to do: {string.Join(", ", CommandCatalog.Topic(verb).Select(c => c.VerbPath))}.");
}
