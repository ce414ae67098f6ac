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
}
