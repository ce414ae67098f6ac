using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels;
using ProgramBot.Bot.Outbound;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Bot.Proactive;

/// <summary>
/// Sends a view to a stored Teams (Bot Framework) conversation, paced within Teams' per-conversation
/// and per-tenant rates, or updates a message posted there, within <see cref="OutboundOptions.ProactiveSendTimeout"/>. Retries (429, 412,
/// 502, 504, network failures; Retry-After honoured) belong to the Bot Connector's HTTP pipeline
/// (<see cref="OutboundPipeline"/>), not to this class; 403 and 404 are final. Failures are caught
/// inside the turn so the adapter's error handler never posts an apology into a channel that did not
/// ask for anything.
/// </summary>
public sealed partial class TeamsProactiveMessenger(
    CloudAdapterBase adapter,
    BotIdentity identity,
    SendPacer pacer,
    IOptions<ProactiveOptions> pace,
    IOptions<OutboundOptions> outbound,
    [FromKeyedServices(OutboundOptions.ClockKey)] TimeProvider networkClock,
    ILogger<TeamsProactiveMessenger> logger)
    : IProactiveMessenger
{
    public Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(view);
        return ChannelReplies.Proactive(address.ChannelId, view) is not Activity reply
            ? Task.FromResult(new DeliveryResult(DeliveryOutcome.Delivered, 0, null))
            : DeliverAsync(address, paced: true, async (turn, ct) => (await turn.SendActivityAsync(reply, ct))?.Id, cancellationToken);
    }

    /// <summary>Updates in place (<c>PUT</c>, which the pipeline may repeat safely); not paced, as an update adds no message to the conversation.</summary>
    public Task<DeliveryResult> UpdateAsync(ConversationAddress address, string activityId, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(view);
        if (ChannelReplies.Proactive(address.ChannelId, view) is not Activity update)
        {
            return Task.FromResult(new DeliveryResult(DeliveryOutcome.Delivered, 0, null));
        }

        update.Id = activityId;
        return DeliverAsync(address, paced: false, async (turn, ct) => { await turn.UpdateActivityAsync(update, ct); return activityId; }, cancellationToken);
    }

    private async Task<DeliveryResult> DeliverAsync(
        ConversationAddress address, bool paced, Func<ITurnContext, CancellationToken, Task<string?>> deliver, CancellationToken cancellationToken)
    {
        var reference = new ConversationReference
        {
            ChannelId = address.ChannelId,
            ServiceUrl = address.ServiceUrl,
            Conversation = new ConversationAccount(id: address.ConversationId, tenantId: address.TenantId),
            Bot = new ChannelAccount(address.BotId, address.BotName),
        };
        using var budget = new CancellationTokenSource(outbound.Value.ProactiveSendTimeout, networkClock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            if (paced)
            {
                await pacer.WaitForTurnAsync(address.TenantId ?? address.ChannelId, address.ConversationId, pace.Value, linked.Token);
            }

            var (activityId, failure) = await TryAsync(reference, deliver, linked.Token);
            return failure is null ? new DeliveryResult(DeliveryOutcome.Delivered, 1, null, activityId) : Failed(address, failure);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            SendTimedOut(logger, address.ConversationId, outbound.Value.ProactiveSendTimeout);
            return new DeliveryResult(DeliveryOutcome.Failed, 1, "timed out");
        }
    }

    private DeliveryResult Failed(ConversationAddress address, Exception failure)
    {
        var status = (failure as ErrorResponseException)?.Response?.StatusCode;
        if (status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            SendRefused(logger, address.ConversationId, (int)status);
            return new DeliveryResult(DeliveryOutcome.Refused, 1, $"{(int)status.Value}: the bot can no longer post in this conversation");
        }

        SendFailed(logger, failure, address.ConversationId);
        return new DeliveryResult(DeliveryOutcome.Failed, 1, status is { } code ? $"{(int)code} after retries" : OutboundFailures.Describe(failure));
    }

    private async Task<(string? ActivityId, Exception? Failure)> TryAsync(
        ConversationReference reference, Func<ITurnContext, CancellationToken, Task<string?>> deliver, CancellationToken cancellationToken)
    {
        string? activityId = null;
        Exception? failure = null;
        await adapter.ContinueConversationAsync(identity.AppId, reference, async (turn, ct) =>
        {
            try
            {
                activityId = await deliver(turn, ct);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failure = exception;
            }
        }, cancellationToken);
        return (activityId, failure);
    }

    [LoggerMessage(1, LogLevel.Warning, "Proactive send to {ConversationId} refused with {StatusCode}; not retried")]
    private static partial void SendRefused(ILogger logger, string conversationId, int statusCode);

    [LoggerMessage(2, LogLevel.Warning, "Proactive send to {ConversationId} failed")]
    private static partial void SendFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(3, LogLevel.Warning, "Proactive send to {ConversationId} not done within {Budget}; given up")]
    private static partial void SendTimedOut(ILogger logger, string conversationId, TimeSpan budget);
}
