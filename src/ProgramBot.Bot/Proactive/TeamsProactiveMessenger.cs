using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams;
using ProgramBot.Bot.Outbound;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Bot.Proactive;

/// <summary>
/// Sends a view to a stored Teams (Bot Framework) conversation, paced within Teams' per-conversation
/// and per-tenant rates, within <see cref="OutboundOptions.ProactiveSendTimeout"/>. Retries (429, 412,
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
    public async Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(view);
        if (TeamsReplyFactory.Create(view) is not Activity reply)
        {
            return new DeliveryResult(DeliveryOutcome.Delivered, 0, null);
        }

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
            await pacer.WaitForTurnAsync(address.TenantId ?? address.ChannelId, address.ConversationId, pace.Value, linked.Token);
            var (activityId, failure) = await TrySendAsync(reference, reply, linked.Token);
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

    private async Task<(string? ActivityId, Exception? Failure)> TrySendAsync(ConversationReference reference, Activity reply, CancellationToken cancellationToken)
    {
        string? activityId = null;
        Exception? failure = null;
        await adapter.ContinueConversationAsync(identity.AppId, reference, async (turn, ct) =>
        {
            try
            {
                activityId = (await turn.SendActivityAsync(reply, ct))?.Id;
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
