using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>The <c>program:KEY</c> option several commands take: absent, a valid key, or why not.</summary>
internal static class ProgramOption
{
    public static Result<EntityKey?> Read(OptionSet options)
    {
        if (options[OptionKeys.Program] is not { } option)
        {
            return Result<EntityKey?>.Success(null);
        }

        var key = KeyArgument.Read(option.Value(), "program");
        return key.IsSuccess ? Result<EntityKey?>.Success(key.Value) : key.Error!;
    }

    /// <summary>The options of a command whose only option is <c>program:KEY</c>: that key (or null) and the other tokens.</summary>
    public static Result<(EntityKey? Program, IReadOnlyList<Token> Others)> ReadAlone(IReadOnlyList<Token> args, string verbPath, DateOnly today)
    {
        var read = OptionReader.Read(args, verbPath, today, OptionKeys.Program);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var program = Read(read.Value);
        return program.IsSuccess ? (program.Value, read.Value.Rest) : program.Error!;
    }
}
