using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;

namespace ProgramBot.Web.Tests.Approvals;

/// <summary>
/// A Teams channel of one tenant whose bot replies go to a fake Bot Connector by normal delivery,
/// so the bot learns the ids of its cards and can update them in place.
/// </summary>
public sealed class TeamsChannel(BotHost host, FakeBotConnector connector, string tenant, string conversation = "19:approvals@thread.tacv2")
{
    public FakeBotConnector Connector => connector;

    /// <summary>Posts a message from <paramref name="userId"/>; mentions are (id, name) pairs written as &lt;at&gt;name&lt;/at&gt;.</summary>
    public async Task SayAsync(string userId, string name, string text, params (string Id, string Name)[] mentions)
    {
        var activity = ActivityBuilder.Message(text).InTenant(tenant).InConversation(conversation).From(userId, name).WithServiceUrl(connector.BaseUri);
        foreach (var (id, mentionName) in mentions)
        {
            activity.Mentioning(id, mentionName);
        }

        using var response = await host.PostActivityAsync(activity.Build());
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Clicks an Action.Execute button as <paramref name="userId"/> and returns the invoke response body.</summary>
    public async Task<JsonObject> ClickAsync(string userId, string name, string verb, string id, string? comment = null, string? invokeId = null)
    {
        using var response = await host.PostActivityAsync(Invoke(userId, name, verb, id, comment, invokeId));
        Assert.Equal(200, (int)response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public JsonObject Invoke(string userId, string name, string verb, string id, string? comment = null, string? invokeId = null) =>
        Invoke(connector.BaseUri, tenant, conversation, userId, name, verb, id, comment, invokeId);

    /// <summary>The <c>adaptiveCard/action</c> invoke of a button, for any bot (a child process too) behind <paramref name="serviceUrl"/>.</summary>
    public static JsonObject Invoke(
        Uri serviceUrl, string tenant, string conversation, string userId, string name, string verb, string id, string? comment = null, string? invokeId = null)
    {
        var data = new JsonObject { ["verb"] = verb, ["id"] = id };
        if (comment is not null)
        {
            data["comment"] = comment;
        }

        return ActivityBuilder.ConversationUpdate().InTenant(tenant).InConversation(conversation).From(userId, name)
            .WithServiceUrl(serviceUrl).WithId(invokeId ?? Guid.NewGuid().ToString("N"))
            .Set("type", "invoke").Set("name", "adaptiveCard/action")
            .Set("value", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" })
            .Build();
    }
}
