using Microsoft.Extensions.Time.Testing;
using ProgramBot.Bot.Outbound;

namespace ProgramBot.Bot.Tests.Outbound;

public sealed class ReplyDeadlineTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RunAsync_CancelsASend_StillGoingWhenTheBudgetIsSpent()
    {
        var deadline = new ReplyDeadline(_clock, TimeSpan.FromSeconds(5));

        var sending = deadline.RunAsync(async ct => { await Task.Delay(Timeout.InfiniteTimeSpan, ct); return 1; }, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(4));
        var stillGoing = !sending.IsCompleted;
        _clock.Advance(TimeSpan.FromSeconds(1));

        var timedOut = await Assert.ThrowsAsync<ReplyTimeoutException>(() => sending.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(stillGoing);
        Assert.Equal(TimeSpan.FromSeconds(5), timedOut.Budget);
    }

    [Fact]
    public async Task RunAsync_FailsAtOnce_WithoutSending_OnceTheBudgetIsSpent()
    {
        var deadline = new ReplyDeadline(_clock, TimeSpan.FromSeconds(5));
        await deadline.RunAsync(_ => { _clock.Advance(TimeSpan.FromSeconds(6)); return Task.FromResult(1); }, CancellationToken.None);
        var sent = false;

        await Assert.ThrowsAsync<ReplyTimeoutException>(() => deadline.RunAsync(_ => Task.FromResult(sent = true), CancellationToken.None));

        Assert.False(sent);
    }

    [Fact]
    public async Task RunAsync_DoesNotCount_TheTurnsOwnWorkBetweenSends()
    {
        var deadline = new ReplyDeadline(_clock, TimeSpan.FromSeconds(5));
        await deadline.RunAsync(_ => { _clock.Advance(TimeSpan.FromSeconds(3)); return Task.FromResult(1); }, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(30));

        var second = await deadline.RunAsync(_ => { _clock.Advance(TimeSpan.FromSeconds(1)); return Task.FromResult(2); }, CancellationToken.None);

        Assert.Equal(2, second);
    }

    [Fact]
    public async Task RunAsync_LetsTheCallersCancellationThrough_AsItIs()
    {
        var deadline = new ReplyDeadline(_clock, TimeSpan.FromSeconds(5));
        using var caller = new CancellationTokenSource();
        var sending = deadline.RunAsync(async ct => { await Task.Delay(Timeout.InfiniteTimeSpan, ct); return 1; }, caller.Token);

        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }
}
