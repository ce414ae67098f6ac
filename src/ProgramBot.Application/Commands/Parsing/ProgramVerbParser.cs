namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Routes <c>program …</c> to the parser of its subcommand.</summary>
internal static class ProgramVerbParser
{
    public static ParseOutcome Parse(string subcommand, IReadOnlyList<Token> args, ParseContext context) => subcommand switch
    {
        "new" => ProgramNewParser.Parse(args, context),
        "list" => NoArguments.Parse(args, "program list", new ProgramListCommand()),
        "status" or "load" or "add-project" or "stakeholders" => ProgramKeyParser.Parse(subcommand, args),
        _ => VerbDispatch.UnknownSubcommand(CommandCatalog.ProgramTopic, subcommand),
    };
}
