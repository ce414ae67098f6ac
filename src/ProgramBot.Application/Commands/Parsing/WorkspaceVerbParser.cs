namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>workspace admins</c> and <c>workspace admin @user [off]</c>.</summary>
internal static class WorkspaceVerbParser
{
    public const string Verb = "workspace";

    private const string AdminPath = "workspace admin";

    public static ParseOutcome Parse(string subcommand, IReadOnlyList<Token> args) => subcommand switch
    {
        "admins" => NoArguments.Parse(args, "workspace admins", new WorkspaceAdminsCommand()),
        "admin" => Admin(args),
        _ => VerbDispatch.UnknownSubcommand(Verb, subcommand),
    };

    private static ParseOutcome Admin(IReadOnlyList<Token> args)
    {
        if (args.Count == 0)
        {
            return ParseFailure.For(AdminPath, "Who? Mention someone, like workspace admin @bob (add off to take it away).");
        }

        if (MemberArgument.Read(args[0], allowMe: true) is not { } member)
        {
            return ParseFailure.For(AdminPath, $"'{ParseFailure.Shown(args[0].Raw)}' is not a person; mention someone, like @bob, or say me.");
        }

        return args.Count switch
        {
            1 => ParseOutcome.Success(new WorkspaceAdminCommand(member, On: true)),
            2 when args[1].IsWord("off") => ParseOutcome.Success(new WorkspaceAdminCommand(member, On: false)),
            _ => ParseFailure.Extra(AdminPath, args[1]),
        };
    }
}
