using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.TestKit.Fakes;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>
/// One Slack user talking to the real host the way Slack does: signed slash commands, events and
/// interactions, with the replies read from the fake Web API.
/// </summary>
public sealed class SlackPerson(BotHost host, FakeSlackApi api, FakeTimeProvider clock, string team, string userId, string channel)
{
    private const string FormType = "application/x-www-form-urlencoded";

    public string Id => userId;

    public string Mention => $"<@{userId}>";

    public SlackPerson In(string otherChannel) => new(host, api, clock, team, userId, otherChannel);

    /// <summary>Types <c>/pm text</c>; returns the acknowledgement.</summary>
    public Task<HttpResponseMessage> CommandAsync(string text) =>
        PostAsync("/api/slack/commands", SlackRequests.CommandForm(team, channel, userId, text, api.ResponseUrl("cmd-" + Guid.NewGuid().ToString("N")[..12])), FormType);

    /// <summary>Types <c>/pm text</c>, waits until the bot has finished, and returns the texts it posted in answer.</summary>
    public Task<string> SayAsync(string text) => AwaitRepliesAsync(p => p.CommandAsync(text));

    /// <summary>Sends something through <paramref name="send"/>, waits until the bot has finished, and returns what it posted.</summary>
    public async Task<string> AwaitRepliesAsync(Func<SlackPerson, Task<HttpResponseMessage>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var before = api.Calls("chat.postMessage").Count;
        using var ack = await send(this);
        Assert.Equal(200, (int)ack.StatusCode);
        await IdleAsync();
        return string.Join("\n\n", api.Calls("chat.postMessage").Skip(before).Select(p => p.Text));
    }

    /// <summary>Waits until every acknowledged Slack request has been worked (none is pending in the inbox).</summary>
    public async Task IdleAsync()
    {
        var inbox = host.Services.GetRequiredService<SlackInbox>();
        for (var i = 0; i < 400 && await inbox.PendingAsync(CancellationToken.None) > 0; i++)
        {
            await Task.Delay(25);
        }

        Assert.Equal(0, await inbox.PendingAsync(CancellationToken.None));
    }

    /// <summary>Mentions the bot in the channel (an <c>app_mention</c> event), in a thread when <paramref name="threadTs"/> is given.</summary>
    public Task<HttpResponseMessage> MentionBotAsync(string text, string? eventId = null, string? threadTs = null, int? retry = null)
    {
        var e = new JsonObject { ["type"] = "app_mention", ["user"] = userId, ["text"] = $"<@{SlackHostFixture.BotUserId}> {text}", ["channel"] = channel, ["ts"] = "1.1" };
        if (threadTs is not null)
        {
            e["thread_ts"] = threadTs;
        }

        return EventAsync(e, eventId, retry);
    }

    /// <summary>Writes to the bot directly (a <c>message</c> event in an <c>im</c> channel).</summary>
    public Task<HttpResponseMessage> DirectAsync(string text, string dm = "D0001") =>
        EventAsync(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = userId, ["text"] = text, ["channel"] = dm, ["ts"] = "1.2" }, null, null);

    public Task<HttpResponseMessage> EventAsync(JsonObject e, string? eventId, int? retry)
    {
        var payload = new JsonObject
        {
            ["token"] = "legacy", ["team_id"] = team, ["api_app_id"] = "A0001", ["type"] = "event_callback",
            ["event_id"] = eventId ?? "Ev" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), ["event_time"] = 1, ["event"] = e,
        };
        return PostAsync("/api/slack/events", payload.ToJsonString(), "application/json", retry);
    }

    /// <summary>Clicks a button (<c>block_actions</c>) on message <paramref name="messageTs"/>.</summary>
    public Task<HttpResponseMessage> ClickAsync(string actionId, string value, string messageTs)
    {
        var n = Guid.NewGuid().ToString("N")[..12];
        var payload = new JsonObject
        {
            ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = team }, ["user"] = new JsonObject { ["id"] = userId, ["team_id"] = team },
            ["channel"] = new JsonObject { ["id"] = channel }, ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel },
            ["message"] = new JsonObject { ["ts"] = messageTs }, ["trigger_id"] = $"trigger-{n}", ["response_url"] = api.ResponseUrl("act-" + n).ToString(),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = actionId, ["value"] = value }),
        };
        return InteractAsync(payload);
    }

    /// <summary>Submits the modal <paramref name="view"/> (as <c>views.open</c> received it) with <paramref name="comment"/> typed.</summary>
    public Task<HttpResponseMessage> SubmitAsync(JsonObject view, string comment)
    {
        var submitted = view.DeepClone().AsObject();
        submitted["state"] = new JsonObject { ["values"] = new JsonObject { [SlackRejectModal.BlockId] = new JsonObject { ["comment"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = comment } } } };
        var payload = new JsonObject
        {
            ["type"] = "view_submission", ["team"] = new JsonObject { ["id"] = team }, ["user"] = new JsonObject { ["id"] = userId, ["team_id"] = team }, ["view"] = submitted,
        };
        return InteractAsync(payload);
    }

    public Task<HttpResponseMessage> InteractAsync(JsonObject payload) =>
        PostAsync("/api/slack/interactions", SlackRequests.Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }), FormType);

    /// <summary>Posts <paramref name="body"/> signed with the test secret at the fake clock's time.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, int? retry = null)
    {
        using var request = SlackRequests.SignedPost(path, body, contentType, clock.GetUtcNow(), retry);
        return await host.Client.SendAsync(request);
    }
}
