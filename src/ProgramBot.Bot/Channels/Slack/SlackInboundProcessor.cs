using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Conversations;
using ProgramBot.Bot.Channels.Teams.Cards;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Works one queued Slack request: an event is claimed by its <c>event_id</c> first (Slack's retries and
/// repeats change nothing twice), Reject opens the comment modal, everything else becomes an activity
/// that the same bot runs through <see cref="SlackAdapter"/>.
/// </summary>
public sealed partial class SlackInboundProcessor(
    SlackActivityFactory activities, SlackAdapter adapter, IBot bot, SlackApiClient api, DeliveryClaims claims,
    IOptions<SlackOptions> options, ILogger<SlackInboundProcessor> logger)
{
    public async Task ProcessAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        switch (inbound.Kind)
        {
            case SlackInboundKind.Command:
                await RunAsync(await activities.FromCommandAsync(inbound, cancellationToken), inbound.Payload, cancellationToken);
                break;
            case SlackInboundKind.Event:
                await EventAsync(inbound, cancellationToken);
                break;
            default:
                await InteractionAsync(inbound, cancellationToken);
                break;
        }
    }

    private async Task EventAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        var eventId = (string?)inbound.Payload["event_id"];
        if (string.IsNullOrEmpty(eventId) || !await claims.TryClaimAsync(inbound.Team, "slack-event:" + eventId, cancellationToken))
        {
            EventSkipped(logger, eventId, inbound.Team);
            return;
        }

        if (await activities.FromEventAsync(inbound, cancellationToken) is { } activity)
        {
            await RunAsync(activity, null, cancellationToken);
        }
    }

    private async Task InteractionAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        var payload = inbound.Payload;
        var user = (string?)payload["user"]?["id"] ?? string.Empty;
        if ((string?)payload["type"] == "view_submission" && payload["view"] is JsonObject view
            && SlackRejectModal.Read(view) is var (id, conversationId, ts, comment) && SlackConversation.Parse(conversationId) is { } where)
        {
            var activity = await activities.FromActionAsync(inbound.Team, user, where, ts, CardVerbs.ApprovalReject, id, comment, cancellationToken);
            await RunAsync(activity, null, cancellationToken);
            return;
        }

        if ((string?)payload["type"] != "block_actions" || payload["actions"]?[0] is not JsonObject action
            || (string?)action["action_id"] is not { } verb || (string?)action["value"] is not { } value)
        {
            InteractionIgnored(logger, (string?)payload["type"], inbound.Team);
            return;
        }

        var conversation = new SlackConversation(inbound.Team, (string?)payload["channel"]?["id"] ?? (string?)payload["container"]?["channel_id"] ?? string.Empty,
            (string?)payload["message"]?["thread_ts"]);
        var messageTs = (string?)payload["container"]?["message_ts"] ?? (string?)payload["message"]?["ts"];
        if (verb == CardVerbs.ApprovalReject && (string?)payload["trigger_id"] is { } trigger)
        {
            // The trigger id lives three seconds: the modal is opened here, the decision waits for its submission.
            var modal = SlackRejectModal.Build(value, conversation.Id, messageTs);
            var opened = await api.OpenViewAsync(options.Value.Workspace(inbound.Team)!.BotToken, trigger, modal, cancellationToken);
            if (!opened.Ok)
            {
                ModalFailed(logger, value, opened.Describe());
            }

            return;
        }

        var click = await activities.FromActionAsync(inbound.Team, user, conversation, messageTs, verb, value, null, cancellationToken);
        await RunAsync(click, payload, cancellationToken);
    }

    private Task RunAsync(Microsoft.Bot.Schema.Activity activity, JsonObject? payload, CancellationToken cancellationToken)
    {
        var responseUrl = (string?)payload?["response_url"] is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
        return adapter.ProcessAsync(activity, responseUrl, bot.OnTurnAsync, cancellationToken);
    }

    [LoggerMessage(1, LogLevel.Information, "Slack event {EventId} of team {Team} was already handled (or has no id); skipped")]
    private static partial void EventSkipped(ILogger logger, string? eventId, string team);

    [LoggerMessage(2, LogLevel.Information, "Slack interaction {InteractionType} of team {Team} is not one the bot answers")]
    private static partial void InteractionIgnored(ILogger logger, string? interactionType, string team);

    [LoggerMessage(3, LogLevel.Warning, "Could not open the reject modal for approval {ApprovalId}: {Error}")]
    private static partial void ModalFailed(ILogger logger, string approvalId, string error);
}
