using Microsoft.Bot.Builder;
using ProgramBot.Application.Conversations;

namespace ProgramBot.Bot.Dialogs;

/// <summary>The turn's resolved sender and workspace, shared by the root router and the forms.</summary>
public static class TurnContextExtensions
{
    private const string Key = "ProgramBot.CommandContext";

    public static void SetCommandContext(this ITurnContext turnContext, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[Key] = context;
    }

    public static CommandContext GetCommandContext(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<CommandContext>(Key)
            ?? throw new InvalidOperationException("The router sets the command context before any dialog runs.");
    }
}
