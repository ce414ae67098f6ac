using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Bot.Bots;

/// <summary>
/// Answers a turn whose database stayed locked or unavailable with a short "please try again",
/// instead of the generic apology: nothing was written (the transaction rolled back, and with it
/// the claim of the activity, so the channel's own re-delivery is processed), and the user only
/// has to send it again. A card action gets the same words as its invoke response, with status 200.
/// </summary>
public sealed partial class StorageFaultMiddleware(ILogger<StorageFaultMiddleware> logger) : IMiddleware
{
    public const string TryAgainText = "I couldn't save that just now — please try again.";

    private const string AdaptiveCardAction = "adaptiveCard/action";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(cancellationToken);
        }
        catch (StorageUnavailableException exception)
        {
            var activity = turnContext.Activity;
            StorageUnavailable(logger, exception, activity.Type, activity.Id, activity.ChannelId, activity.Conversation?.Id);
            await (activity.Type == ActivityTypes.Invoke && activity.Name == AdaptiveCardAction
                ? turnContext.SendActivityAsync(InvokeAnswer(), cancellationToken)
                : turnContext.SendActivityAsync(MessageFactory.Text(TryAgainText), cancellationToken));
        }
    }

    private static Activity InvokeAnswer() => new()
    {
        Type = ActivityTypesEx.InvokeResponse,
        Value = new InvokeResponse
        {
            Status = 200,
            Body = new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = TryAgainText },
        },
    };

    [LoggerMessage(1, LogLevel.Warning,
        "The database was unavailable for {ActivityType} activity {ActivityId} on {ChannelId} in conversation {ConversationId}; asked the user to try again")]
    private static partial void StorageUnavailable(
        ILogger logger, Exception exception, string? activityType, string? activityId, string? channelId, string? conversationId);
}
