using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Web.Authentication;

namespace ProgramBot.Web.Tests.Auth;

/// <summary>What is a refused credential (a 401 with a reason) and what is a fault of ours (still a 500).</summary>
public sealed class CredentialRefusalDescriberTests
{
    private const string AppId = "app-1";
    private static readonly Uri ServiceUrl = new("https://smba.example.com/");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly CredentialRefusalDescriber _describer;

    public CredentialRefusalDescriberTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("MicrosoftAppId", AppId)]).Build();
        _describer = new CredentialRefusalDescriber(configuration, _clock);
    }

    [Fact]
    public void Describe_ReturnsNull_WhenMetadataCouldNotBeFetched()
    {
        var reason = _describer.Describe(new InvalidOperationException("IDX20803: Unable to obtain configuration"), Bearer(Token()), ServiceUrl.ToString());

        Assert.Null(reason);
    }

    [Fact]
    public void Describe_ReturnsNull_WhenReadableTokenMeetsPlainArgumentException()
    {
        var reason = _describer.Describe(new ArgumentException("a bug"), Bearer(Token()), ServiceUrl.ToString());

        Assert.Null(reason);
    }

    [Fact]
    public void Describe_NamesMalformedToken_WhenTokenCannotBeRead()
    {
        var reason = _describer.Describe(new ArgumentException("IDX12741"), "Bearer eyJub3Q.a.jwt", ServiceUrl.ToString());

        Assert.Equal("malformed token", reason);
    }

    [Fact]
    public void Describe_NamesLowercaseScheme_AsNotBearer_BecauseTheSdkRefusesIt()
    {
        var reason = _describer.Describe(new UnauthorizedAccessException(), "bearer " + Token(), ServiceUrl.ToString());

        Assert.Equal("not a Bearer token", reason);
    }

    [Fact]
    public void Describe_SaysRefusedWithoutDetail_WhenEveryClaimTheSdkChecksLooksRight()
    {
        // e.g. a key not endorsed for the activity's channel: the SDK says so only in its message.
        var reason = _describer.Describe(new UnauthorizedAccessException("Could not validate endorsement key."), Bearer(Token()), ServiceUrl.ToString());

        Assert.Equal("credential refused", reason);
    }

    [Fact]
    public void Describe_NamesExpiry_OnlyBeyondTheSdksClockSkew()
    {
        var justExpired = Token(expires: _clock.GetUtcNow().AddMinutes(-4));
        var longExpired = Token(expires: _clock.GetUtcNow().AddMinutes(-6));

        Assert.Equal("credential refused", _describer.Describe(new UnauthorizedAccessException(), Bearer(justExpired), ServiceUrl.ToString()));
        Assert.Equal("token expired", _describer.Describe(new UnauthorizedAccessException(), Bearer(longExpired), ServiceUrl.ToString()));
    }

    private static string Bearer(string token) => "Bearer " + token;

    private string Token(DateTimeOffset? expires = null)
    {
        var end = expires ?? _clock.GetUtcNow().AddHours(1);
        return new ChannelTokenBuilder(AuthenticationConstants.ToBotFromChannelTokenIssuer, AppId, ServiceUrl, ChannelTokenBuilder.NewKey("k1"), _clock)
            .ValidBetween(end.AddHours(-2), end)
            .Build();
    }
}
