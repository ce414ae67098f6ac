using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using ProgramBot.Bot.Bots;
using ProgramBot.Bot.Channels.Teams;
using ProgramBot.Bot.Outbound;
using ProgramBot.Web.Logging;

namespace ProgramBot.Web.Hosting;

/// <summary>
/// CloudAdapter with one constructor (DI finds its own two ambiguous), Teams text encoding on the way
/// out, a locked database answered with "please try again" (<see cref="StorageFaultMiddleware"/>), the
/// replies of an incoming turn bounded by its reply budget (<see cref="ReplyBudget"/>: a slow or
/// unreachable Bot Connector ends the turn, logged, instead of holding it), and an error handler that
/// logs with structure and answers with a short apology, never a stack trace.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public const string ApologyText = "Sorry, something went wrong on my side. Please try again in a moment.";

    private readonly ReplyBudget _budget;

    public AdapterWithErrorHandler(
        BotFrameworkAuthentication authentication, StorageFaultMiddleware storageFaults, ReplyBudget budget, ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        _budget = budget;
        Use(new TeamsTextEncoding());
        Use(storageFaults);
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            if (exception is ReplyTimeoutException timedOut)
            {
                // The connector cannot take the reply in time; an apology would not get through either.
                OutboundLog.ReplyTimedOut(logger, activity.Type, activity.Id, activity.Conversation?.Id, timedOut.Budget);
                return;
            }

            WebLog.TurnFailed(logger, exception, activity.Type, activity.ChannelId, activity.Conversation?.Id, activity.Id);
            if (!turnContext.Responded)
            {
                await ApologiseAsync(turnContext, logger);
            }
        };
    }

    /// <summary>Sends within the turn's reply budget; what never leaves the process (an invoke's response, replies the caller collects) is not bounded.</summary>
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var stayInProcess = turnContext.Activity?.DeliveryMode == DeliveryModes.ExpectReplies || activities.All(a => a.Type == ActivityTypesEx.InvokeResponse);
        return stayInProcess
            ? base.SendActivitiesAsync(turnContext, activities, cancellationToken)
            : _budget.RunAsync(turnContext, ct => base.SendActivitiesAsync(turnContext, activities, ct), cancellationToken);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        _budget.RunAsync(turnContext, ct => base.UpdateActivityAsync(turnContext, activity, ct), cancellationToken);

    // When the failure was the connector itself, the apology may not get through either: logged, the turn still ends.
    private static async Task ApologiseAsync(ITurnContext turnContext, ILogger logger)
    {
        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(ApologyText));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            OutboundLog.ApologyNotDelivered(logger, failure, turnContext.Activity.Conversation?.Id, turnContext.Activity.Id);
        }
    }
}
