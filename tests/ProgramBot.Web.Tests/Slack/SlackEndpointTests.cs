using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ProgramBot.Bot.Channels.Slack;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>The Slack endpoints through the real host: verification first, then an answer at once.</summary>
public sealed class SlackEndpointTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>
{
    private const string Body = "team_id=T0001&channel_id=C0009&user_id=U0009&command=%2Fpm&text=project%20new%20EVIL%20Evil";

    [Fact]
    public async Task Command_IsRefusedWith401_WhenUnsigned()
    {
        using var response = await SendAsync(Body, timestamp: Now(), signature: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingDoneAsync();
    }

    [Fact]
    public async Task Command_IsRefusedWith401_WhenTheBodyWasChangedAfterSigning()
    {
        var timestamp = Now();
        var signature = Sign(timestamp, Body.Replace("EVIL", "GOOD", StringComparison.Ordinal));

        using var response = await SendAsync(Body, timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("signature mismatch", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingDoneAsync();
    }

    [Theory]
    [InlineData(-301, "stale timestamp")]
    [InlineData(301, "timestamp in the future")]
    public async Task Command_IsRefusedWith401_WhenTheTimestampIsOutsideFiveMinutes(int seconds, string reason)
    {
        var timestamp = fixture.Clock.GetUtcNow().AddSeconds(seconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await SendAsync(Body, timestamp, Sign(timestamp, Body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingDoneAsync();
    }

    [Fact]
    public async Task Command_IsRefusedWith401_WhenTheTimestampHeaderIsMissing()
    {
        using var response = await SendAsync(Body, timestamp: null, signature: Sign(Now(), Body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingDoneAsync();
    }

    [Theory]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/interactions")]
    public async Task OtherEndpoints_AreVerifiedToo(string path)
    {
        using var content = new StringContent("""{"type":"url_verification","challenge":"abc"}""", Encoding.UTF8, "application/json");

        using var response = await fixture.Host.Client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Events_AnswerTheUrlVerificationChallenge()
    {
        var person = fixture.User("U0001", "Alice");

        using var response = await person.PostAsync("/api/slack/events", """{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())?["challenge"]);
    }

    [Fact]
    public async Task Command_FromAnUnknownWorkspace_GetsAFriendlyRefusal_AndNothingRuns()
    {
        var stranger = fixture.User("U0666", "Mallory", team: "T0666");

        using var response = await stranger.CommandAsync("project new EVIL Evil");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("isn't set up for this Slack workspace", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingDoneAsync();
    }

    [Fact]
    public async Task Event_FromAnUnknownWorkspace_IsRefusedWith403()
    {
        var stranger = fixture.User("U0666", "Mallory", team: "T0666");

        using var response = await stranger.MentionBotAsync("project new EVIL Evil");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Command_IsAcknowledgedAtOnce_AndAnsweredInTheChannelWithTheWorkspacesToken()
    {
        var alice = fixture.User("U0001", "Alice", channel: "C0100");

        var reply = await alice.SayAsync("project new ACK Acknowledged");

        var post = fixture.Api.Calls("chat.postMessage")[^1];
        Assert.Contains("ACK", reply, StringComparison.Ordinal);
        Assert.Equal("C0100", (string?)post.Body?["channel"]);
        Assert.Equal("Bearer xoxb-test-one", post.Authorization);
    }

    private async Task AssertNothingDoneAsync()
    {
        await fixture.User("U0001", "Alice").IdleAsync();
        Assert.DoesNotContain(fixture.Api.Requests, r => r.Body?.ToJsonString().Contains("EVIL", StringComparison.Ordinal) == true);
    }

    private string Now() => fixture.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Sign(string timestamp, string body) => SlackSignature.Compute(SlackHostFixture.Secret, timestamp, Encoding.UTF8.GetBytes(body));

    private async Task<HttpResponseMessage> SendAsync(string body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/slack/commands")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        if (timestamp is not null)
        {
            request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add(SlackSignature.SignatureHeader, signature);
        }

        return await fixture.Host.Client.SendAsync(request);
    }
}
