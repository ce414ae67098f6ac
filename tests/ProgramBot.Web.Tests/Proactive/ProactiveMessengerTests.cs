using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;
using ProgramBot.TestKit.Fakes;

namespace ProgramBot.Web.Tests.Proactive;

/// <summary>Messages the bot starts itself, against a fake Bot Connector that answers like a busy or hostile Teams.</summary>
public sealed class ProactiveMessengerTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>, IAsyncLifetime
{
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Send_RetriesAfterRetryAfter_WhenThrottled()
    {
        _connector.AnswerNextWith(429, retryAfter: "2");
        var watch = Stopwatch.StartNew();

        var result = await SendAsync();

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(2, _connector.Requests.Count);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(10));
        Assert.StartsWith("reply-", result.ActivityId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Send_IsRefusedAtOnce_WhenTheBotMayNoLongerPost(int status)
    {
        _connector.AnswerNextWith(status);

        var result = await SendAsync();

        Assert.Equal((DeliveryOutcome.Refused, 1), (result.Outcome, result.Attempts));
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Send_GivesUpAfterMaxAttempts_WhenTheChannelStaysDown()
    {
        for (var i = 0; i < 4; i++)
        {
            _connector.AnswerNextWith(429);
        }

        var result = await SendAsync();

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.Equal("429 after retries", result.Reason);
        Assert.Equal(4, _connector.Requests.Count);
        Assert.DoesNotContain(_connector.Requests, r => r.Text?.Contains("Sorry", StringComparison.Ordinal) == true);
    }

    /// <summary>Sends, moving the fake clock on (the pacer reads it; back-offs run on the wall clock).</summary>
    private async Task<DeliveryResult> SendAsync()
    {
        var messenger = fixture.Host.Services.GetRequiredService<IProactiveMessenger>();
        var address = new ConversationAddress(1, "19:digest@thread.tacv2", "msteams", _connector.BaseUri.ToString(), "tenant-1", "28:programbot", "ProgramBot");
        var sending = messenger.SendAsync(address, new MessageView("Weekly digest"), CancellationToken.None);
        while (!sending.IsCompleted)
        {
            await Task.Delay(20);
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        return await sending;
    }
}
