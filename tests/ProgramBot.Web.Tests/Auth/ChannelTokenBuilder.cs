using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ProgramBot.Web.Tests.Auth;

/// <summary>
/// Mints the JWT the Bot Connector sends with an activity: issued by the channel, for the bot's
/// app id, naming the activity's serviceUrl, valid for an hour. <c>WithX</c> changes one thing.
/// </summary>
public sealed class ChannelTokenBuilder
{
    private readonly Dictionary<string, object> _claims = [];
    private string _issuer;
    private string _audience;
    private DateTimeOffset _notBefore;
    private DateTimeOffset _expires;
    private SecurityKey? _signingKey;

    public ChannelTokenBuilder(string issuer, string audience, Uri serviceUrl, SecurityKey signingKey, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(clock);
        _issuer = issuer;
        _audience = audience;
        _signingKey = signingKey;
        _notBefore = clock.GetUtcNow().AddMinutes(-1);
        _expires = _notBefore.AddHours(1);
        _claims["serviceurl"] = serviceUrl.ToString();
    }

    /// <summary>A fresh RSA key with a key id, as a channel would publish it.</summary>
    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    public ChannelTokenBuilder WithIssuer(string issuer) => Set(() => _issuer = issuer);

    public ChannelTokenBuilder WithAudience(string audience) => Set(() => _audience = audience);

    public ChannelTokenBuilder WithServiceUrl(string serviceUrl) => Set(() => _claims["serviceurl"] = serviceUrl);

    public ChannelTokenBuilder ValidBetween(DateTimeOffset notBefore, DateTimeOffset expires) =>
        Set(() => (_notBefore, _expires) = (notBefore, expires));

    public ChannelTokenBuilder SignedWith(SecurityKey key) => Set(() => _signingKey = key);

    /// <summary>No signature at all: the header says <c>alg: none</c> and the token ends with a dot.</summary>
    public ChannelTokenBuilder WithoutSignature() => Set(() => _signingKey = null);

    public string Build()
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _issuer,
            Audience = _audience,
            NotBefore = _notBefore.UtcDateTime,
            IssuedAt = _notBefore.UtcDateTime,
            Expires = _expires.UtcDateTime,
            Claims = _claims,
            SigningCredentials = _signingKey is null ? null : new SigningCredentials(_signingKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private ChannelTokenBuilder Set(Action change)
    {
        change();
        return this;
    }
}
