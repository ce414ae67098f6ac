using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests.Auth;

/// <summary>
/// The host with Bot Framework authentication on (an app id configured), trusting the OpenID
/// metadata of a fake channel on loopback HTTPS that publishes one signing key endorsed for Teams.
/// </summary>
public sealed class TokenRefusalFixture : IAsyncLifetime
{
    public const string AppId = "7c1f3e52-9a4b-4d0e-8f21-3b6a5c9d0e14";
    public const string ChannelIssuer = AuthenticationConstants.ToBotFromChannelTokenIssuer;
    public static readonly Uri ServiceUrl = new("http://127.0.0.1:1/");

    private HttpClient _metadataClient = null!;

    public TempDatabase Database { get; } = new();

    /// <summary>
    /// Starts at the real time, not the suite's fixed date: the SDK checks a token's lifetime
    /// against the system clock, so the tokens minted here must be fresh for it too.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public RsaSecurityKey ChannelKey { get; } = ChannelTokenBuilder.NewKey("channel-key-1");

    public RecordingLoggerProvider Logs { get; } = new();

    public BotHost Host { get; private set; } = null!;

    private TestCertificateAuthority Authority { get; set; } = null!;

    private FakeOpenIdMetadataServer Metadata { get; set; } = null!;

    public ChannelTokenBuilder Token() => new(ChannelIssuer, AppId, ServiceUrl, ChannelKey, Clock);

    public async Task InitializeAsync()
    {
        Authority = new TestCertificateAuthority(Clock);
        Metadata = await FakeOpenIdMetadataServer.StartAsync(Authority.ServerCertificate, ChannelIssuer);
        Metadata.Publish(ChannelKey, "msteams");
        TrustMetadata(Metadata.MetadataUrl.ToString());

        Host = await BotHost.StartAsync(
            Database.ConnectionString,
            Clock,
            services => services.AddSingleton<ILoggerProvider>(Logs),
            AppId,
            [
                $"--ToBotFromChannelOpenIdMetadataUrl={Metadata.MetadataUrl}",
                $"--ToBotFromEmulatorOpenIdMetadataUrl={Metadata.MetadataUrl}",
                $"--ToBotFromChannelTokenIssuer={ChannelIssuer}",
                "--ToChannelFromBotLoginUrl=https://login.microsoftonline.com/botframework.com",
                $"--ToChannelFromBotOAuthScope={AuthenticationConstants.ToChannelFromBotOAuthScope}",
                $"--OAuthUrl={AuthenticationConstants.OAuthUrl}",
                "--Scheduling:Enabled=false",
            ]);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Metadata.DisposeAsync();
        _metadataClient.Dispose();
        Authority.Dispose();
        Logs.Dispose();
        Database.Dispose();
    }

    /// <summary>
    /// The SDK (4.23.1) fetches metadata with an HttpClient of its own — a static one, not one from
    /// IHttpClientFactory — and keeps one configuration manager per metadata URL for the process.
    /// Creating the first extractor for this fixture's URL (its port is new) with a client that
    /// trusts the test authority makes every later validation fetch the metadata over verified
    /// HTTPS through that client; nothing else in the process is touched.
    /// </summary>
    private void TrustMetadata(string metadataUrl)
    {
        _metadataClient = Authority.CreateTrustingClient();
        _ = new JwtTokenExtractor(_metadataClient, new TokenValidationParameters(), metadataUrl, AuthenticationConstants.AllowedSigningAlgorithms);
    }
}
