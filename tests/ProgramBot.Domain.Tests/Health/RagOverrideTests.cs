using Microsoft.Extensions.Time.Testing;
using ProgramBot.Domain.Health;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Domain.Tests.Health;

public sealed class RagOverrideTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Override_ExpiresAfterTheDefaultFourteenDays()
    {
        var set = RagOverride.Create(Rag.Red, "vendor slipped", null, 1, _clock.GetUtcNow()).Value;

        _clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        var stillActive = set.IsActive(_clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal((true, false), (stillActive, set.IsActive(_clock.GetUtcNow())));
    }

    [Fact]
    public void Override_LastsTheDaysGiven()
    {
        var set = RagOverride.Create(Rag.Amber, "waiting on legal", 3, 1, _clock.GetUtcNow()).Value;

        Assert.Equal(_clock.GetUtcNow().AddDays(3), set.ExpiresAt);
    }

    [Theory]
    [InlineData(null, null, "rag.reason")]
    [InlineData("  ", null, "rag.reason")]
    [InlineData("ok", 0, "rag.days")]
    [InlineData("ok", 91, "rag.days")]
    public void Create_IsRefused_WithoutAReasonOrWithBadDays(string? reason, int? days, string code) =>
        Assert.Equal(code, RagOverride.Create(Rag.Red, reason, days, 1, _clock.GetUtcNow()).Error?.Code);
}
