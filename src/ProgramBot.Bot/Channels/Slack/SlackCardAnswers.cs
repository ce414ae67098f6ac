using Microsoft.Bot.Builder;
using ProgramBot.Bot.Bots;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Slack's answer to a button: the message the button was on is updated in place with
/// <c>chat.update</c>; a refusal or note goes to the clicking person only.
/// </summary>
public static class SlackCardAnswers
{
    public static async Task SendAsync(ITurnContext turnContext, CardActionResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(result);
        if (result.View is { } view && turnContext.Activity.ReplyToId is { Length: > 0 } ts && SlackReplyFactory.Create(view) is { } update)
        {
            update.Id = ts;
            await turnContext.UpdateActivityAsync(update, cancellationToken);
        }
        else if (result.Message is { Length: > 0 } message)
        {
            await turnContext.SendActivityAsync(SlackReplyFactory.Message(message, ephemeral: true), cancellationToken);
        }
    }
}
