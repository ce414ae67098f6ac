using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgramBot.Bot.Outbound;

namespace ProgramBot.Bot.Tests.Outbound;

public sealed class OutboundOptionsValidatorTests
{
    private readonly OutboundOptionsValidator _validator = new();

    [Fact]
    public void Validate_AcceptsTheDefaults() => Assert.True(_validator.Validate(null, new OutboundOptions()).Succeeded);

    [Fact]
    public void Validate_RefusesATryLongerThanTheWhole()
    {
        var result = _validator.Validate(null, new OutboundOptions { AttemptTimeout = TimeSpan.FromSeconds(20), TotalTimeout = TimeSpan.FromSeconds(10) });

        Assert.True(result.Failed);
        Assert.Contains("Outbound:AttemptTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusesAFirstDelayLongerThanTheCap()
    {
        var result = _validator.Validate(null, new OutboundOptions { FirstRetryDelay = TimeSpan.FromSeconds(40) });

        Assert.Contains("Outbound:FirstRetryDelay", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AreRefused_WhenATurnCouldReachTeamsLimit()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Outbound:TurnReplyTimeout"] = "00:00:20" }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddOutboundOptions().BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OutboundOptions>>().Value);

        Assert.Contains("TurnReplyTimeout", refused.Message, StringComparison.Ordinal);
    }
}
