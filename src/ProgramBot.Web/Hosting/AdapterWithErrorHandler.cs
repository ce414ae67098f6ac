using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using ProgramBot.Bot.Bots;
using ProgramBot.Bot.Channels.Teams;
using ProgramBot.Web.Logging;

namespace ProgramBot.Web.Hosting;

/// <summary>
/// CloudAdapter with one constructor (DI finds its own two ambiguous), Teams text encoding on the way
/// out, a locked database answered with "please try again" (<see cref="StorageFaultMiddleware"/>), and
/// an error handler that logs with structure and answers with a short apology, never a stack trace.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public const string ApologyText = "Sorry, something went wrong on my side. Please try again in a moment.";

    public AdapterWithErrorHandler(
        BotFrameworkAuthentication authentication, StorageFaultMiddleware storageFaults, ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        Use(new TeamsTextEncoding());
        Use(storageFaults);
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            WebLog.TurnFailed(logger, exception, activity.Type, activity.ChannelId, activity.Conversation?.Id, activity.Id);
            if (!turnContext.Responded)
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(ApologyText));
            }
        };
    }
}
