using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ProgramBot.Bench.Workloads;

namespace ProgramBot.Bench.Load;

/// <summary>
/// Teams-shaped activities as the Bot Connector posts them (the shape of the TestKit's
/// ActivityBuilder): messages ask for <c>expectReplies</c> so the replies come back in the response.
/// </summary>
internal static class ActivityJson
{
    public static byte[] Message(int conversation, string activityId, string text)
    {
        var user = string.Create(CultureInfo.InvariantCulture, $"bench-user-{conversation}");
        return Write(Personal(conversation), activityId, user, json =>
        {
            json.WriteString("type", "message");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteString("text", text);
        });
    }

    /// <summary>
    /// A click on an <c>Action.Execute</c> button: an <c>adaptiveCard/action</c> invoke, answered in
    /// the HTTP response (invokes never use <c>expectReplies</c>).
    /// </summary>
    public static byte[] CardAction(int conversation, string activityId, string user, string verb, string id) =>
        Write(Personal(conversation), activityId, user, json =>
        {
            json.WriteString("type", "invoke");
            json.WriteString("name", "adaptiveCard/action");
            json.WriteStartObject("value");
            json.WriteString("trigger", "manual");
            json.WriteStartObject("action");
            json.WriteString("type", "Action.Execute");
            json.WriteString("verb", verb);
            json.WriteStartObject("data");
            json.WriteString("verb", verb);
            json.WriteString("id", id);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        });

    /// <summary>A message in a team channel whose replies and later posts go to <paramref name="serviceUrl"/>; replies expected in the response.</summary>
    public static byte[] ChannelMessage(string conversationId, Uri serviceUrl, string activityId, string user, string text) =>
        Write(new Where(conversationId, "channel", serviceUrl.ToString()), activityId, user, json =>
        {
            json.WriteString("type", "message");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteString("text", text);
        });

    private static Where Personal(int conversation) =>
        new(string.Create(CultureInfo.InvariantCulture, $"bench-conv-{conversation}"), "personal", "http://127.0.0.1:1/");

    private static byte[] Write(Where where, string activityId, string user, Action<Utf8JsonWriter> writeKind)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            writeKind(json);
            json.WriteString("id", activityId);
            json.WriteString("timestamp", "2026-11-26T10:00:00.000Z");
            json.WriteString("channelId", "msteams");
            json.WriteString("serviceUrl", where.ServiceUrl);
            json.WriteString("locale", "en-US");
            json.WriteStartObject("from");
            json.WriteString("id", "29:" + user);
            json.WriteString("name", user);
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "28:programbot");
            json.WriteString("name", "ProgramBot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", where.ConversationId);
            json.WriteString("conversationType", where.ConversationType);
            json.WriteString("tenantId", BenchData.Tenant);
            json.WriteEndObject();
            json.WriteStartObject("channelData");
            json.WriteStartObject("tenant");
            json.WriteString("id", BenchData.Tenant);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("entities");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The text of the first reply in an <c>expectReplies</c> response body, or null when there is none.</summary>
    public static string? FirstReplyText(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!JsonDocument.TryParseValue(ref reader, out var document))
        {
            return null;
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("activities", out var activities)
                || activities.ValueKind != JsonValueKind.Array
                || activities.GetArrayLength() == 0)
            {
                return null;
            }

            var first = activities[0];
            return first.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : string.Empty;
        }
    }

    private sealed record Where(string ConversationId, string ConversationType, string ServiceUrl);
}
