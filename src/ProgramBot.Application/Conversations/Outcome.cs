using ProgramBot.Application.Commands.Parsing;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Conversations;

/// <summary>Turns the result of a use case into what the user sees.</summary>
public static class Outcome
{
    public static View ToView(Result<View> result, string verbPath) =>
        result.IsSuccess ? result.Value : ToView(result.Error!, verbPath);

    public static View ToView(Error error, string verbPath)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code == ActivityClaim.DuplicateCode
            ? SilentView.Instance
            : new ErrorView(error.Message, CommandCatalog.UsageFor(verbPath));
    }
}
