namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>program status|load KEY</c>, <c>program add-project KEY #PROJ</c> and <c>program stakeholders KEY @a @b</c>.</summary>
internal static class ProgramKeyParser
{
    public static ParseOutcome Parse(string subcommand, IReadOnlyList<Token> args)
    {
        var path = "program " + subcommand;
        if (args.Count == 0)
        {
            return ParseFailure.For(path, $"Which program? Add its key, like: {path} APOLLO.");
        }

        var program = KeyArgument.Read(args[0], "program");
        if (!program.IsSuccess)
        {
            return ParseFailure.For(path, program.Error!);
        }

        var rest = args.Skip(1).ToList();
        switch (subcommand)
        {
            case "status" or "load":
                return rest.Count > 0 ? ParseFailure.Extra(path, rest[0])
                    : ParseOutcome.Success(subcommand == "load" ? new ProgramLoadCommand(program.Value) : new ProgramStatusCommand(program.Value));
            case "add-project":
                if (rest.Count == 0)
                {
                    return ParseFailure.For(path, $"Which project joins {program.Value}? Add its key, like: {path} {program.Value} #WEB.");
                }

                var project = KeyArgument.Read(rest[0], "project");
                return !project.IsSuccess ? ParseFailure.For(path, project.Error!)
                    : rest.Count > 1 ? ParseFailure.Extra(path, rest[1])
                    : ParseOutcome.Success(new ProgramAddProjectCommand(program.Value, project.Value));
            default:
                var members = rest.Select(t => MemberArgument.Read(t, allowMe: true)).ToList();
                if (members.Count == 0 || members.Count > Programs.ProgramChangeHandler.MaxStakeholders)
                {
                    return ParseFailure.For(path, $"Name 1 to {Programs.ProgramChangeHandler.MaxStakeholders} people, like: {path} {program.Value} @dana @eve.");
                }

                var bad = members.IndexOf(null);
                return bad >= 0
                    ? ParseFailure.For(path, $"'{ParseFailure.Shown(rest[bad].Raw)}' is not a person; mention them, like @dana.")
                    : ParseOutcome.Success(new ProgramStakeholdersCommand(program.Value, [.. members.OfType<MemberRef>()]));
        }
    }
}
