using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Bot.Proactive;

/// <summary>
/// Sends a view to a stored Teams (Bot Framework) conversation. 429, 412, 502, 504 and network
/// failures are retried with exponential back-off and jitter, honouring Retry-After; 403 and 404 are
/// final. Sends are paced within Teams' per-conversation and per-tenant rates. Failures are caught inside the turn so the adapter's error handler never posts an apology
/// into a channel that did not ask for anything.
/// </summary>
public sealed partial class TeamsProactiveMessenger(
    CloudAdapterBase adapter, BotIdentity identity, TimeProvider clock, SendPacer pacer, IOptions<ProactiveOptions> options, ILogger<TeamsProactiveMessenger> logger)
    : IProactiveMessenger
{
    public async Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(view);
        var reply = TeamsReplyFactory.Create(view);
        if (reply is null)
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
        var policy = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            await pacer.WaitForTurnAsync(address.TenantId ?? address.ChannelId, address.ConversationId, policy, cancellationToken);
            var (activityId, failure) = await TrySendAsync(reference, (Activity)reply, cancellationToken);
            if (failure is null)
            {
                return new DeliveryResult(DeliveryOutcome.Delivered, attempt, null, activityId);
            }

            var status = (failure as ErrorResponseException)?.Response?.StatusCode;
            if (status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                SendRefused(logger, address.ConversationId, (int)status);
                return new DeliveryResult(DeliveryOutcome.Refused, attempt, $"{(int)status.Value}: the bot can no longer post in this conversation");
            }

            if (!RetryPolicy.IsTransient(failure) || attempt >= policy.MaxAttempts)
            {
                SendFailed(logger, failure, address.ConversationId, attempt);
                return new DeliveryResult(DeliveryOutcome.Failed, attempt, status is { } code ? $"{(int)code} after {attempt} attempts" : failure.GetType().Name);
            }

            await Task.Delay(RetryPolicy.Delay(failure, attempt, policy), clock, cancellationToken);
        }
    }

    private async Task<(string? ActivityId, Exception? Failure)> TrySendAsync(ConversationReference reference, Activity reply, CancellationToken cancellationToken)
    {
        string? activityId = null;
        Exception? failure = null;
        await adapter.ContinueConversationAsync(identity.AppId, reference, async (turn, ct) =>
        {
            try
            {
                activityId = (await turn.SendActivityAsync(RetryPolicy.Copy(reply), ct))?.Id;
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

    [LoggerMessage(2, LogLevel.Warning, "Proactive send to {ConversationId} failed after {Attempts} attempts")]
    private static partial void SendFailed(ILogger logger, Exception exception, string conversationId, int attempts);
}
