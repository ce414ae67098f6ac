using Microsoft.Bot.Builder;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams;

namespace ProgramBot.Bot.Dialogs;

/// <summary>Sends a view to the user in the form their channel shows.</summary>
public static class Replies
{
    public static async Task SendAsync(ITurnContext turnContext, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (TeamsReplyFactory.Create(view) is { } reply)
        {
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }
    }

    public static Task SendTextAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }
}
