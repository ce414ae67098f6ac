using System.Globalization;
using System.Text.Json.Nodes;

namespace ProgramBot.Cli;

/// <summary>Builds Bot Framework activities shaped like the ones Teams sends in a personal chat.</summary>
internal sealed class ActivityFactory
{
    private const string Locale = "en-US";
    private readonly CliOptions _options;
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _zone;

    public ActivityFactory(CliOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId);
    }

    public JsonObject Message(string typedText)
    {
        RewrittenText rewritten = MentionRewriter.Rewrite(typedText);
        JsonObject activity = Base("message");
        activity["text"] = rewritten.Text;
        activity["textFormat"] = "plain";
        var entities = new JsonArray();
        foreach (Mention mention in rewritten.Mentions)
        {
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = Account(mention.Id, mention.Name),
                ["text"] = mention.Text,
            });
        }

        entities.Add(new JsonObject
        {
            ["type"] = "clientInfo",
            ["locale"] = Locale,
            ["timezone"] = _options.TimeZoneId,
            ["platform"] = "Cli",
        });
        activity["entities"] = entities;
        return activity;
    }

    /// <summary>What Teams sends when the app is added: the bot (and here the user) joined.</summary>
    public JsonObject ConversationUpdate()
    {
        JsonObject activity = Base("conversationUpdate");
        activity["membersAdded"] = new JsonArray(
            Account(CliAccounts.BotId, CliAccounts.BotName),
            Account(CliAccounts.UserId(_options.UserName), _options.UserName));
        return activity;
    }

    private JsonObject Base(string type)
    {
        DateTimeOffset now = _time.GetUtcNow();
        DateTimeOffset local = TimeZoneInfo.ConvertTime(now, _zone);
        var conversation = new JsonObject
        {
            ["id"] = _options.ConversationId,
            ["conversationType"] = "personal",
        };
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["localTimestamp"] = local.ToString("O", CultureInfo.InvariantCulture),
            ["localTimezone"] = _options.TimeZoneId,
            ["serviceUrl"] = _options.ServiceUrl,
            ["channelId"] = _options.ChannelId,
            ["from"] = Account(CliAccounts.UserId(_options.UserName), _options.UserName),
            ["recipient"] = Account(CliAccounts.BotId, CliAccounts.BotName),
            ["conversation"] = conversation,
            ["locale"] = Locale,
            // Replies come back in the HTTP response, so serviceUrl is never called.
            ["deliveryMode"] = "expectReplies",
        };
        if (_options.TenantId is { } tenant)
        {
            conversation["tenantId"] = tenant;
            activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        }

        return activity;
    }

    private static JsonObject Account(string id, string name) => new() { ["id"] = id, ["name"] = name };
}
