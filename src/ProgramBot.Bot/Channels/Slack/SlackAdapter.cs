using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Bot.Channels.Slack.Blocks;
using ProgramBot.Bot.Outbound;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// The Slack channel in the shape of Bot Framework's Slack adapter: an incoming Slack payload, already
/// mapped to an <see cref="Activity"/>, runs through the same bot; replies go out through
/// <c>chat.postMessage</c> (or the request's <c>response_url</c> where the bot may not post, and for
/// answers only the asker should see), updates through <c>chat.update</c>.
/// </summary>
public sealed partial class SlackAdapter : BotAdapter
{
    public const string ApologyText = "Sorry, something went wrong on my side. Please try again in a moment.";

    private const string ResponseUrlKey = "ProgramBot.Slack.ResponseUrl";
    private static readonly string[] MayNotPost = ["not_in_channel", "channel_not_found"];

    private readonly SlackApiClient _api;
    private readonly IOptions<SlackOptions> _options;
    private readonly ReplyBudget _budget;
    private readonly ILogger<SlackAdapter> _logger;

    public SlackAdapter(SlackApiClient api, IOptions<SlackOptions> options, ReplyBudget budget, ILogger<SlackAdapter> logger)
    {
        (_api, _options, _budget, _logger) = (api, options, budget, logger);
        OnTurnError = async (turnContext, exception) =>
        {
            if (exception is ReplyTimeoutException timedOut)
            {
                // Slack is too slow to take the answer; an apology would not get through either.
                OutboundLog.ReplyTimedOut(logger, turnContext.Activity.Type, turnContext.Activity.Id, turnContext.Activity.Conversation?.Id, timedOut.Budget);
                return;
            }

            TurnFailed(logger, exception, turnContext.Activity.Type, turnContext.Activity.Conversation?.Id, turnContext.Activity.Id);
            if (!turnContext.Responded)
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(ApologyText));
            }
        };
    }

    /// <summary>Runs one turn for an incoming Slack request; <paramref name="responseUrl"/> is the request's, when it has one.</summary>
    public async Task ProcessAsync(Activity activity, Uri? responseUrl, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var context = new TurnContext(this, activity);
        if (responseUrl is not null)
        {
            context.TurnState.Add(ResponseUrlKey, responseUrl);
        }

        await RunPipelineAsync(context, callback, cancellationToken);
    }

    /// <summary>Sends messages within the turn's reply budget (<see cref="ReplyBudget"/>); other activities never leave the process.</summary>
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
        activities?.Any(a => a.Type == ActivityTypes.Message) == true
            ? _budget.RunAsync(turnContext, ct => SendAllAsync(turnContext, activities, ct), cancellationToken)
            : SendAllAsync(turnContext, activities!, cancellationToken);

    /// <summary>Updates within the turn's reply budget (<see cref="ReplyBudget"/>); a failed <c>chat.update</c> answers with no id.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        _budget.RunAsync(turnContext, ct => UpdateAsync(activity, ct), cancellationToken);

    private async Task<ResourceResponse[]> SendAllAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            responses[i] = activity.Type == ActivityTypes.Message
                ? new ResourceResponse(await SendAsync(turnContext, activity, cancellationToken))
                : new ResourceResponse();
        }

        return responses;
    }

    private async Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Target(activity.Conversation?.Id) is not ({ } conversation, { } token) || string.IsNullOrEmpty(activity.Id))
        {
            return new ResourceResponse();
        }

        // No id tells a caller that cares (approval copies) that the update did not happen; the others only log it.
        var result = await _api.UpdateAsync(token, conversation.Channel, activity.Id, ToSlack(activity), cancellationToken);
        Report(result, "chat.update", conversation.Id);
        return new ResourceResponse(result.Ok ? activity.Id : null);
    }

    public override async Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (Target(reference.Conversation?.Id) is ({ } conversation, { } token) && !string.IsNullOrEmpty(reference.ActivityId))
        {
            Report(await _api.DeleteAsync(token, conversation.Channel, reference.ActivityId, cancellationToken), "chat.delete", conversation.Id);
        }
    }

    public override Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference, callback, cancellationToken);

    /// <summary>The Slack message for an activity: its blocks, and its text (Markdown of the text replies unless the reply factory made it).</summary>
    public static SlackMessage ToSlack(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var message = activity.AsMessageActivity();
        var data = SlackMessageData.Read(message?.ChannelData);
        var text = data is null ? SlackText.FromMarkdown(message?.Text ?? string.Empty) : message?.Text ?? string.Empty;
        var blocks = data?.Blocks is { } json ? JsonNode.Parse(json) as JsonArray : null;
        return new SlackMessage(text, blocks);
    }

    private async Task ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        using var context = new TurnContext(this, reference.GetContinuationActivity());
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    private async Task<string?> SendAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        if (Target(activity.Conversation?.Id) is not ({ } conversation, { } token))
        {
            return null;
        }

        var message = ToSlack(activity);
        var responseUrl = turnContext.TurnState.Get<Uri>(ResponseUrlKey);
        if (SlackMessageData.Read(activity.ChannelData)?.Ephemeral == true)
        {
            await EphemeralAsync(token, conversation, activity.Recipient?.Id, responseUrl, message, cancellationToken);
            return null;
        }

        var result = await _api.PostMessageAsync(token, conversation.Channel, message, conversation.ThreadTs, cancellationToken);
        if (!result.Ok && responseUrl is not null && MayNotPost.Contains(result.Error))
        {
            // A slash command where the bot is not a member: the command's response URL still answers in the channel.
            var body = message.ToJson();
            body["response_type"] = "in_channel";
            result = await _api.RespondAsync(responseUrl, body, cancellationToken);
        }

        Report(result, "chat.postMessage", conversation.Id);
        return result.Ts;
    }

    private async Task EphemeralAsync(string token, SlackConversation conversation, string? userId, Uri? responseUrl, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = message.ToJson();
        if (responseUrl is not null)
        {
            body["response_type"] = "ephemeral";
            body["replace_original"] = false;
            Report(await _api.RespondAsync(responseUrl, body, cancellationToken), "response_url", conversation.Id);
        }
        else if (userId is not null)
        {
            Report(await _api.PostEphemeralAsync(token, conversation.Channel, userId, message, cancellationToken), "chat.postEphemeral", conversation.Id);
        }
    }

    private (SlackConversation? Conversation, string? Token) Target(string? conversationId)
    {
        var conversation = SlackConversation.Parse(conversationId);
        var token = _options.Value.Workspace(conversation?.Team)?.BotToken;
        if (conversation is null || token is null)
        {
            NoWorkspace(_logger, conversationId);
            return (null, null);
        }

        return (conversation, token);
    }

    private void Report(SlackApiResult result, string method, string conversationId)
    {
        if (!result.Ok)
        {
            CallFailed(_logger, method, conversationId, result.Describe());
        }
    }

    [LoggerMessage(1, LogLevel.Error, "Slack turn failed for {ActivityType} activity {ActivityId} in conversation {ConversationId}")]
    private static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, string? conversationId, string? activityId);

    [LoggerMessage(2, LogLevel.Warning, "Slack {Method} for conversation {ConversationId} failed: {Error}")]
    private static partial void CallFailed(ILogger logger, string method, string conversationId, string error);

    [LoggerMessage(3, LogLevel.Warning, "No Slack workspace is configured for conversation {ConversationId}; nothing sent")]
    private static partial void NoWorkspace(ILogger logger, string? conversationId);
}
