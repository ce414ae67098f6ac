using Microsoft.Extensions.Time.Testing;
using ProgramBot.Bot.Proactive;

namespace ProgramBot.Bot.Tests.Proactive;

public sealed class SendPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly ProactiveOptions _options = new() { PerConversationPerSecond = 7, PerTenantPerSecond = 30 };

    [Fact]
    public void Reserve_SpacesSendsToOneConversation_AtItsRate()
    {
        var pacer = new SendPacer(_clock);

        var moments = Enumerable.Range(0, 8).Select(_ => pacer.Reserve("tenant", "19:c", _options)).ToList();

        Assert.Equal(Start, moments[0]);
        Assert.All(moments.Zip(moments.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1.0 / 7)));
        Assert.True(moments[^1] - moments[0] >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Reserve_NeverExceedsTheTenantRate_AcrossConversations()
    {
        var pacer = new SendPacer(_clock);

        var moments = Enumerable.Range(0, 90).Select(i => pacer.Reserve("tenant", $"19:c{i}", _options)).ToList();

        // 90 sends at 30 a second need at least three seconds; no one-second window holds more than 30.
        Assert.True(moments[^1] - moments[0] >= TimeSpan.FromSeconds(89.0 / 30));
        Assert.All(moments, m => Assert.True(moments.Count(o => o >= m && o < m + TimeSpan.FromSeconds(1)) <= 30));
    }

    [Fact]
    public void Reserve_LetsOtherTenantsThroughAtOnce()
    {
        var pacer = new SendPacer(_clock);
        for (var i = 0; i < 40; i++)
        {
            pacer.Reserve("busy", $"19:c{i}", _options);
        }

        Assert.Equal(Start, pacer.Reserve("quiet", "19:other", _options));
    }

    [Fact]
    public async Task WaitForTurnAsync_WaitsOnTheClock()
    {
        var pacer = new SendPacer(_clock);
        await pacer.WaitForTurnAsync("tenant", "19:c", _options, CancellationToken.None);

        var second = pacer.WaitForTurnAsync("tenant", "19:c", _options, CancellationToken.None);
        var waitedBeforeTime = !second.IsCompleted;
        _clock.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(waitedBeforeTime);
    }
}
