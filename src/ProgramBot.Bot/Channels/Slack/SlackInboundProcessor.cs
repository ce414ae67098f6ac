using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Bot.Channels.Teams.Cards;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Works one Slack request from the inbox: Reject opens the comment modal, everything else becomes an
/// activity — whose id is the request's key, the same each time the request is run — that the same bot
/// runs through <see cref="SlackAdapter"/>. A change is claimed by that id in its own transaction, so a
/// request run again after a stopped process changes nothing twice; when such a second run of a message
/// has nothing to say (its change was a duplicate), the asker is told why instead of hearing nothing.
/// </summary>
public sealed partial class SlackInboundProcessor(
    SlackActivityFactory activities, SlackAdapter adapter, IBot bot, SlackApiClient api,
    IOptions<SlackOptions> options, ILogger<SlackInboundProcessor> logger) : ISlackInboundProcessor
{
    public const string RerunText = "I was restarted while answering this, and it had already been done, so nothing changed a second time.";

    public async Task ProcessAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        switch (inbound.Kind)
        {
            case SlackInboundKind.Command:
                await RunAsync(inbound, await activities.FromCommandAsync(inbound, cancellationToken), inbound.Payload, cancellationToken);
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
        // Slack's retries of an event are not stored twice (its event_id is the inbox key); one without an id is not Slack's.
        if (string.IsNullOrEmpty((string?)inbound.Payload["event_id"]))
        {
            EventSkipped(logger, inbound.Team);
            return;
        }

        if (await activities.FromEventAsync(inbound, cancellationToken) is { } activity)
        {
            await RunAsync(inbound, activity, null, cancellationToken);
        }
    }

    private async Task InteractionAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        var payload = inbound.Payload;
        var user = (string?)payload["user"]?["id"] ?? string.Empty;
        if ((string?)payload["type"] == "view_submission" && payload["view"] is JsonObject view
            && SlackRejectModal.Read(view) is var (id, conversationId, ts, comment) && SlackConversation.Parse(conversationId) is { } where)
        {
            var activity = await activities.FromActionAsync(inbound, user, where, ts, CardVerbs.ApprovalReject, id, comment, cancellationToken);
            await RunAsync(inbound, activity, null, cancellationToken);
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

        var click = await activities.FromActionAsync(inbound, user, conversation, messageTs, verb, value, null, cancellationToken);
        await RunAsync(inbound, click, payload, cancellationToken);
    }

    private Task RunAsync(SlackInbound inbound, Activity activity, JsonObject? payload, CancellationToken cancellationToken)
    {
        var responseUrl = (string?)payload?["response_url"] is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
        BotCallbackHandler turn = inbound.Attempt > 1 && activity.Type == ActivityTypes.Message ? RerunAsync : bot.OnTurnAsync;
        return adapter.ProcessAsync(activity, responseUrl, turn, cancellationToken);
    }

    /// <summary>A message run again: its first run may have made the change and died before its answer left.</summary>
    private async Task RerunAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await bot.OnTurnAsync(turnContext, cancellationToken);
        if (!turnContext.Responded)
        {
            await turnContext.SendActivityAsync(SlackReplyFactory.Message(RerunText, ephemeral: true), cancellationToken);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "A Slack event of team {Team} has no event_id; skipped")]
    private static partial void EventSkipped(ILogger logger, string team);

    [LoggerMessage(2, LogLevel.Information, "Slack interaction {InteractionType} of team {Team} is not one the bot answers")]
    private static partial void InteractionIgnored(ILogger logger, string? interactionType, string team);

    [LoggerMessage(3, LogLevel.Warning, "Could not open the reject modal for approval {ApprovalId}: {Error}")]
    private static partial void ModalFailed(ILogger logger, string approvalId, string error);
}
