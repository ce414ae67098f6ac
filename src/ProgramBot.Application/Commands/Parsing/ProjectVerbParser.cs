namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Routes <c>project …</c> to the parser of its subcommand.</summary>
internal static class ProjectVerbParser
{
    public static ParseOutcome Parse(string subcommand, IReadOnlyList<Token> args, ParseContext context) => subcommand switch
    {
        "new" => ProjectNewParser.Parse(args, context),
        "list" => NoArguments.Parse(args, "project list", new ProjectListCommand()),
        "status" => ProjectKeyParser.Parse(args, "project status", required: false, key => new ProjectStatusCommand(key)),
        "bind" => ProjectKeyParser.Parse(args, "project bind", required: true, key => new ProjectBindCommand(key!.Value)),
        "rag" => ProjectRagParser.Parse(args, context),
        "budget" or "spend" => ProjectMoneyParser.Parse(subcommand, args),
        _ => VerbDispatch.UnknownSubcommand(CommandCatalog.ProjectTopic, subcommand),
    };
}
