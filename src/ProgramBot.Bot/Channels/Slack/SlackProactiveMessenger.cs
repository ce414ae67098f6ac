using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Outbound;
using ProgramBot.Bot.Proactive;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Sends a view to a stored Slack conversation with <c>chat.postMessage</c>, paced to about one message a
/// second per channel, or updates a message there with <c>chat.update</c>, within <see cref="OutboundOptions.ProactiveSendTimeout"/>. Retries (429 after
/// Retry-After, 412, 502, 504, network failures) belong to the client's HTTP pipeline; an <c>ok:false</c>
/// answer (<c>channel_not_found</c>, <c>not_in_channel</c>, <c>is_archived</c>, a revoked token …) is refused for good.
/// </summary>
public sealed partial class SlackProactiveMessenger(
    SlackApiClient api,
    SendPacer pacer,
    IOptions<SlackOptions> options,
    IOptions<OutboundOptions> outbound,
    [FromKeyedServices(OutboundOptions.ClockKey)] TimeProvider networkClock,
    ILogger<SlackProactiveMessenger> logger)
    : IProactiveMessenger
{
    public Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(view);
        return DeliverAsync(address, view, paced: true, (token, conversation, message, ct) => api.PostMessageAsync(token, conversation.Channel, message, conversation.ThreadTs, ct), cancellationToken);
    }

    /// <summary>Updates in place with <c>chat.update</c> (safe to repeat); not paced, as Slack limits updates apart from new messages.</summary>
    public Task<DeliveryResult> UpdateAsync(ConversationAddress address, string activityId, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(view);
        return DeliverAsync(address, view, paced: false, (token, conversation, message, ct) => api.UpdateAsync(token, conversation.Channel, activityId, message, ct), cancellationToken);
    }

    private async Task<DeliveryResult> DeliverAsync(
        ConversationAddress address, View view, bool paced, Func<string, SlackConversation, SlackMessage, CancellationToken, Task<SlackApiResult>> call,
        CancellationToken cancellationToken)
    {
        if (ChannelReplies.Proactive(address.ChannelId, view) is not { } reply)
        {
            return new DeliveryResult(DeliveryOutcome.Delivered, 0, null);
        }

        var conversation = SlackConversation.Parse(address.ConversationId);
        if (conversation is null || options.Value.Workspace(conversation.Team)?.BotToken is not { } token)
        {
            SendRefused(logger, address.ConversationId, "workspace not installed");
            return new DeliveryResult(DeliveryOutcome.Refused, 0, "this Slack workspace is no longer set up for the bot");
        }

        var pace = new ProactiveOptions { PerConversationPerSecond = options.Value.PerChannelPerSecond, PerTenantPerSecond = options.Value.PerWorkspacePerSecond };
        const int attempts = 1;
        using var budget = new CancellationTokenSource(outbound.Value.ProactiveSendTimeout, networkClock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        SlackApiResult result;
        try
        {
            if (paced)
            {
                await pacer.WaitForTurnAsync("slack:" + conversation.Team, $"{conversation.Team}:{conversation.Channel}", pace, linked.Token);
            }

            result = await call(token, conversation, SlackAdapter.ToSlack(reply), linked.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            result = SlackApiResult.TimedOut;
        }

        if (result.Ok)
        {
            return new DeliveryResult(DeliveryOutcome.Delivered, attempts, null, result.Ts);
        }

        if (!result.IsTransient)
        {
            SendRefused(logger, address.ConversationId, result.Describe());
            return new DeliveryResult(DeliveryOutcome.Refused, attempts, "Slack refused: " + result.Describe());
        }

        SendFailed(logger, address.ConversationId, attempts, result.Describe());
        return new DeliveryResult(DeliveryOutcome.Failed, attempts, $"{result.Describe()} after {attempts} attempts");
    }

    [LoggerMessage(1, LogLevel.Warning, "Slack send to {ConversationId} refused ({Error}); not retried")]
    private static partial void SendRefused(ILogger logger, string conversationId, string error);

    [LoggerMessage(2, LogLevel.Warning, "Slack send to {ConversationId} failed after {Attempts} attempts ({Error})")]
    private static partial void SendFailed(ILogger logger, string conversationId, int attempts, string error);
}
