using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Bot.Proactive;

namespace ProgramBot.Bot.Tests.Slack;

public sealed class SlackRetryTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RunAsync_DoesNotRetry_AnOkFalseAnswer()
    {
        var answers = new Queue<SlackApiResult>([Answer(HttpStatusCode.OK, "channel_not_found")]);

        var (result, attempts) = await Retry(4).RunAsync(_ => Task.FromResult(answers.Dequeue()), null, CancellationToken.None);

        Assert.Equal(1, attempts);
        Assert.Equal("channel_not_found", result.Error);
    }

    [Fact]
    public async Task RunAsync_WaitsRetryAfter_ThenTriesAgain()
    {
        var answers = new Queue<SlackApiResult>([Answer(HttpStatusCode.TooManyRequests, "ratelimited", TimeSpan.FromSeconds(5)), Answer(HttpStatusCode.OK, null)]);

        var run = Retry(4).RunAsync(_ => Task.FromResult(answers.Dequeue()), null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(4));
        var waitedLongEnough = !run.IsCompleted;
        _clock.Advance(TimeSpan.FromSeconds(1));
        var (result, attempts) = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(waitedLongEnough);
        Assert.True(result.Ok);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task RunAsync_GivesUp_AfterMaxAttempts()
    {
        var calls = 0;

        var run = Retry(3).RunAsync(_ => { calls++; return Task.FromResult(Answer(HttpStatusCode.BadGateway, null)); }, null, CancellationToken.None);
        for (var i = 0; i < 100 && !run.IsCompleted; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(5);
        }

        var (result, attempts) = await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, attempts);
        Assert.Equal(3, calls);
        Assert.False(result.Ok);
    }

    private SlackRetry Retry(int maxAttempts) => new(_clock, Options.Create(new ProactiveOptions { MaxAttempts = maxAttempts }));

    private static SlackApiResult Answer(HttpStatusCode status, string? error, TimeSpan? retryAfter = null) =>
        new(status, error is null && status == HttpStatusCode.OK, error, null, retryAfter);
}
