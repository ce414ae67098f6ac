using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ProgramBot.Bot.Channels.Teams;

/// <summary>
/// Adapter middleware: every message the bot sends or updates in Teams has its text encoded by
/// <see cref="TeamsText"/> on the way out — replies, prompts, proactive posts and card fallbacks
/// alike, whoever built them. Other channels are left to their own encoding.
/// </summary>
public sealed class TeamsTextEncoding : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams)
        {
            turnContext.OnSendActivities((_, activities, nextSend) =>
            {
                activities.ForEach(Encode);
                return nextSend();
            });
            turnContext.OnUpdateActivity((_, activity, nextUpdate) =>
            {
                Encode(activity);
                return nextUpdate();
            });
        }

        return next(cancellationToken);
    }

    private static void Encode(Activity activity)
    {
        if (activity.Type == ActivityTypes.Message && !string.IsNullOrEmpty(activity.Text))
        {
            activity.Text = TeamsText.Encode(activity.Text, TeamsText.MentionTexts(activity));
        }
    }
}
