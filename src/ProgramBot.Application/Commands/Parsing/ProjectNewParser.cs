using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>project new KEY name… [program:KEY] [pm:@user] [start:date] [end:date]</c></summary>
internal static class ProjectNewParser
{
    private const string Path = "project new";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var options = OptionReader.Read(
            args, Path, context.Today, OptionKeys.Program, OptionKeys.Manager, OptionKeys.Start, OptionKeys.End);
        if (!options.IsSuccess)
        {
            return ParseFailure.For(Path, options.Error!);
        }

        var keyAndName = KeyAndNameArgument.Read(options.Value.Rest, "project");
        if (!keyAndName.IsSuccess)
        {
            return ParseFailure.For(Path, keyAndName.Error!);
        }

        var manager = KeyAndNameArgument.ReadManager(options.Value);
        if (!manager.IsSuccess)
        {
            return ParseFailure.For(Path, manager.Error!);
        }

        EntityKey? program = null;
        if (options.Value[OptionKeys.Program] is { } programOption)
        {
            var key = KeyArgument.Read(programOption, "program");
            if (!key.IsSuccess)
            {
                return ParseFailure.For(Path, key.Error!);
            }

            program = key.Value;
        }

        var (projectKey, name) = keyAndName.Value;
        return ParseOutcome.Success(new ProjectNewCommand(
            projectKey, name, program, manager.Value,
            options.Value.DateOf(OptionKeys.Start), options.Value.DateOf(OptionKeys.End)));
    }
}
