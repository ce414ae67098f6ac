using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Bot.Outbound;
using ProgramBot.TestKit.Fakes;

namespace ProgramBot.Bot.Tests.Outbound;

/// <summary>The outbound pipeline on a real HttpClient against the fake Bot Connector and the fake Slack API (short timeouts).</summary>
public sealed class OutboundPipelineTests : IAsyncLifetime
{
    private FakeBotConnector _connector = null!;
    private FakeSlackApi _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _slack = await FakeSlackApi.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outbound:AttemptTimeout"] = "00:00:02",
            ["Outbound:FirstRetryDelay"] = "00:00:00.010",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddOutboundOptions();
        services.AddHttpClient("connector").AddOutboundPipeline();
        services.AddHttpClient<SlackApiClient>(http => http.BaseAddress = _slack.BaseUri).AddOutboundPipeline();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Post_IsNotSentAgain_WhenItTimedOutAfterArriving()
    {
        _connector.HoldNextSend();

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => Connector().PostAsJsonAsync(Activities(), new { type = "message" }));
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Put_IsSentAgain_WhenItTimedOut()
    {
        _connector.HoldNextSend();

        using var response = await Connector().PutAsJsonAsync(Activities() + "/a-1", new { type = "message" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["held", "reply-1"], _connector.Requests.Select(r => r.ReplyId));
    }

    [Fact]
    public async Task Post_IsRetried_After429_OnceRetryAfterPassed()
    {
        _connector.AnswerNextWith(429, retryAfter: "1");
        var watch = Stopwatch.StartNew();

        using var response = await Connector().PostAsJsonAsync(Activities(), new { type = "message" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _connector.Requests.Count);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task SlackPost_IsRetried_After429_ButAnOkFalseAnswerIsFinal()
    {
        _slack.AnswerNextWith(429, "1");
        _slack.FailNextWith("channel_not_found");
        var api = _services.GetRequiredService<SlackApiClient>();

        var throttledThenRefused = await api.PostMessageAsync("xoxb-test", "C1", new SlackMessage("hello", null), null, CancellationToken.None);

        Assert.Equal("channel_not_found", throttledThenRefused.Error);
        Assert.Equal(2, _slack.Calls("chat.postMessage").Count);
    }

    [Fact]
    public async Task SlackPostMessage_IsNotSentAgain_ButChatUpdateIs_AfterATimeout()
    {
        var api = _services.GetRequiredService<SlackApiClient>();
        var message = new SlackMessage("hello", null);

        _slack.HoldNextCall();
        var posted = await api.PostMessageAsync("xoxb-test", "C1", message, null, CancellationToken.None);
        _slack.HoldNextCall();
        var updated = await api.UpdateAsync("xoxb-test", "C1", "1700000000.000001", message, CancellationToken.None);

        Assert.Equal("timeout", posted.Error);
        Assert.True(updated.Ok);
        Assert.Single(_slack.Calls("chat.postMessage"));
        Assert.Equal(2, _slack.Calls("chat.update").Count);
    }

    [Fact]
    public async Task Post_GivesUp_AfterMaxRetries()
    {
        var retries = _services.GetRequiredService<IOptions<OutboundOptions>>().Value.MaxRetries;
        for (var i = 0; i <= retries; i++)
        {
            _connector.AnswerNextWith(429);
        }

        using var response = await Connector().PostAsJsonAsync(Activities(), new { type = "message" });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(retries + 1, _connector.Requests.Count);
    }

    private HttpClient Connector() => _services.GetRequiredService<IHttpClientFactory>().CreateClient("connector");

    private string Activities() => new Uri(_connector.BaseUri, "v3/conversations/c-1/activities").ToString();
}
