namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Routes <c>task …</c> to the parser of its subcommand.</summary>
internal static class TaskVerbParser
{
    public static ParseOutcome Parse(string subcommand, IReadOnlyList<Token> args, ParseContext context) => subcommand switch
    {
        "add" => TaskAddParser.Parse(args, context),
        "new" => NoArguments.Parse(args, "task new", new TaskNewCommand()),
        "list" => TaskListParser.Parse(args),
        "show" => TaskIdParser.Parse(args, "task show", id => new TaskShowCommand(id)),
        "start" => TaskIdParser.Parse(args, "task start", id => new TaskStartCommand(id)),
        "done" => TaskIdParser.Parse(args, "task done", id => new TaskDoneCommand(id)),
        "block" => TaskBlockParser.Parse(args),
        "assign" => TaskAssignParser.Parse(args),
        "due" => TaskDueParser.Parse(args, context),
        "milestone" => TaskMilestoneParser.Parse(args),
        "depends" => TaskLinkParser.Parse(args, "task depends", (s, p) => new TaskDependsCommand(s, p)),
        "undepend" => TaskLinkParser.Parse(args, "task undepend", (s, p) => new TaskUndependCommand(s, p)),
        "estimate" => TaskEstimateParser.Parse(args),
        _ => VerbDispatch.UnknownSubcommand(CommandCatalog.TaskTopic, subcommand),
    };
}
