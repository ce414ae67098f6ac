using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Slack payloads as Bot Framework activities, the way Bot Framework's Slack adapter maps them: channel
/// <c>slack</c>, the team as the tenant (a Slack workspace is a ProgramBot workspace, as a Teams tenant
/// is), conversation <c>team:channel[:thread_ts]</c>, the Slack user as sender with their name and zone
/// from <c>users.info</c>, and each <c>&lt;@U…&gt;</c> in the text as a mention entity.
/// </summary>
public sealed partial class SlackActivityFactory(SlackApiClient api, IOptions<SlackOptions> options, TimeProvider clock)
{
    public const string DefaultBotId = "slack-bot";

    /// <summary>A slash command: its text is the command line; its id the request's key, the same however often it is run.</summary>
    public Task<Activity> FromCommandAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var form = inbound.Payload;
        var conversation = new SlackConversation(inbound.Team, Text(form, "channel_id"));
        var activity = Message(conversation, inbound.Key, Text(form, "text"), null);
        return WithSenderAsync(activity, inbound.Team, Text(form, "user_id"), cancellationToken);
    }

    /// <summary>An <c>app_mention</c> or a direct message; null for anything else (the bot's own posts, edits, other events).</summary>
    public async Task<Activity?> FromEventAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (inbound.Payload["event"] is not JsonObject e || (string?)e["user"] is not { Length: > 0 } user
            || e["bot_id"] is not null || e["subtype"] is not null)
        {
            return null;
        }

        var type = (string?)e["type"];
        if (type is not ("app_mention" or "message") || (type == "message" && (string?)e["channel_type"] != "im"))
        {
            return null;
        }

        // The bot's own mention is not a person: known from configuration, the event's authorizations, or an app_mention's first word.
        var botUserId = options.Value.Workspace(inbound.Team)?.BotUserId ?? (string?)inbound.Payload["authorizations"]?[0]?["user_id"]
            ?? (type == "app_mention" && MentionPattern().Match(Text(e, "text")) is { Success: true, Index: 0 } first ? first.Groups["id"].Value : null);
        var conversation = new SlackConversation(inbound.Team, Text(e, "channel"), (string?)e["thread_ts"]);
        var activity = Message(conversation, inbound.Key, Text(e, "text"), botUserId);
        return await WithSenderAsync(activity, inbound.Team, user, cancellationToken);
    }

    /// <summary>
    /// A button click or a submitted modal of <paramref name="inbound"/> as the <c>adaptiveCard/action</c> invoke the
    /// bot already answers; its id is the request's key.
    /// </summary>
    public async Task<Activity> FromActionAsync(
        SlackInbound inbound, string userId, SlackConversation conversation, string? messageTs, string verb, string id, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(conversation);
        var data = new JObject { ["verb"] = verb, ["id"] = id };
        if (comment is not null)
        {
            data["comment"] = comment;
        }

        var activity = Message(conversation, inbound.Key, string.Empty, null);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = messageTs;
        activity.Value = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        return await WithSenderAsync(activity, inbound.Team, userId, cancellationToken);
    }

    private Activity Message(SlackConversation conversation, string? id, string text, string? botUserId)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Id = id;
        activity.ChannelId = SlackConversation.ChannelId;
        activity.ServiceUrl = options.Value.ApiBaseUrl.ToString();
        activity.Timestamp = clock.GetUtcNow();
        var direct = conversation.Channel.StartsWith('D');

        // A direct message is the member's personal chat with the bot: reminders go there, as to a Teams 1:1 chat.
        activity.Conversation = new ConversationAccount(isGroup: !direct, conversationType: direct ? "personal" : "channel", id: conversation.Id, tenantId: conversation.Team);
        activity.Recipient = new ChannelAccount(botUserId ?? DefaultBotId, "ProgramBot");
        activity.Text = text;
        activity.Entities = [.. Mentions(text)];
        return activity;
    }

    /// <summary>The sender's name and zone, and the names of the people mentioned (Slack's text carries only their ids).</summary>
    private async Task<Activity> WithSenderAsync(Activity activity, string team, string userId, CancellationToken cancellationToken)
    {
        var token = options.Value.Workspace(team)?.BotToken;
        var user = token is null ? null : await api.UserAsync(token, userId, cancellationToken);
        activity.From = new ChannelAccount(userId, user?.Name ?? userId);
        activity.LocalTimezone = user?.TimeZone;
        for (var i = 0; token is not null && i < activity.Entities.Count; i++)
        {
            var mention = activity.Entities[i].GetAs<Mention>();
            if (mention.Mentioned.Id != activity.Recipient.Id && mention.Mentioned.Name == mention.Mentioned.Id
                && await api.UserAsync(token, mention.Mentioned.Id, cancellationToken) is { } named)
            {
                activity.Entities[i] = MentionEntity(mention.Mentioned.Id, named.Name, mention.Text);
            }
        }

        return activity;
    }

    private static IEnumerable<Entity> Mentions(string text)
    {
        foreach (Match match in MentionPattern().Matches(text))
        {
            var id = match.Groups["id"].Value;
            yield return MentionEntity(id, match.Groups["name"].Success ? match.Groups["name"].Value : id, match.Value);
        }
    }

    private static Entity MentionEntity(string id, string name, string text)
    {
        var entity = new Entity();
        entity.SetAs(new Mention(new ChannelAccount(id, name), text));
        return entity;
    }

    private static string Text(JsonObject json, string field) => (string?)json[field] ?? string.Empty;

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(?:\|(?<name>[^<>|]+))?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex MentionPattern();
}
