using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ProgramBot.Web.Tests;

/// <summary>Posts an activity to a bot's /api/messages with <c>deliveryMode: expectReplies</c>.</summary>
public static class BotReplies
{
    /// <summary>Returns the texts of the replies in the response body.</summary>
    public static async Task<IReadOnlyList<string>> AskAsync(HttpClient client, JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(activity);
        activity["deliveryMode"] = "expectReplies";
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var activities = body?["activities"]?.AsArray() ?? [];
        return [.. activities.Select(a => a?["text"]?.GetValue<string>() ?? string.Empty)];
    }
}
