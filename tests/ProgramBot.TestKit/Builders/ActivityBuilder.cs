using System.Text.Json.Nodes;

namespace ProgramBot.TestKit.Builders;

/// <summary>Builds Teams-shaped activities as JSON, the way the Bot Connector posts them.</summary>
public sealed class ActivityBuilder
{
    public const string BotId = "28:programbot";
    public const string BotName = "ProgramBot";

    private readonly JsonObject _activity;
    private readonly JsonArray _entities = [];

    private ActivityBuilder(string type)
    {
        _activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-26T10:00:00.000Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["from"] = new JsonObject { ["id"] = "29:alice", ["name"] = "Alice", ["aadObjectId"] = "aad-alice" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["conversation"] = new JsonObject { ["id"] = "a:personal-alice", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["locale"] = "en-US",
            ["entities"] = null,
        };
    }

    public static ActivityBuilder Message(string text) => new ActivityBuilder("message").WithText(text);

    public static ActivityBuilder ConversationUpdate() => new("conversationUpdate");

    public ActivityBuilder WithText(string text) => Set("text", text);

    public ActivityBuilder WithId(string id) => Set("id", id);

    public ActivityBuilder WithServiceUrl(Uri serviceUrl) => Set("serviceUrl", serviceUrl.ToString());

    public ActivityBuilder ExpectReplies() => Set("deliveryMode", "expectReplies");

    public ActivityBuilder WithTimeZone(string ianaZone) => Set("localTimezone", ianaZone);

    public ActivityBuilder From(string id, string name) => Set("from", new JsonObject { ["id"] = id, ["name"] = name });

    public ActivityBuilder InTenant(string tenantId)
    {
        _activity["conversation"]!["tenantId"] = tenantId;
        _activity["channelData"]!["tenant"]!["id"] = tenantId;
        return this;
    }

    public ActivityBuilder InConversation(string conversationId, string conversationType = "channel")
    {
        _activity["conversation"]!["id"] = conversationId;
        _activity["conversation"]!["conversationType"] = conversationType;
        return this;
    }

    /// <summary>Adds a Teams mention entity; put <c>&lt;at&gt;name&lt;/at&gt;</c> in the text yourself.</summary>
    public ActivityBuilder Mentioning(string id, string name)
    {
        _entities.Add(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
            ["text"] = $"<at>{name}</at>",
        });
        return this;
    }

    public ActivityBuilder MentioningBot() => Mentioning(BotId, BotName);

    public ActivityBuilder WithMembersAdded(params string[] ids)
    {
        var members = new JsonArray();
        foreach (var id in ids)
        {
            members.Add(new JsonObject { ["id"] = id });
        }

        return Set("membersAdded", members);
    }

    public ActivityBuilder Set(string property, JsonNode? value)
    {
        _activity[property] = value;
        return this;
    }

    public JsonObject Build()
    {
        var copy = (JsonObject)_activity.DeepClone();
        copy["entities"] = _entities.DeepClone();
        return copy;
    }
}
