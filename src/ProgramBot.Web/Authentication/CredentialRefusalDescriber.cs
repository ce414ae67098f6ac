using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ProgramBot.Web.Authentication;

/// <summary>
/// Names, in a short phrase, why the SDK refused a request's credential. The SDK alone decides;
/// this reads the (unverified) token only to describe the refusal, because the SDK's own
/// <see cref="UnauthorizedAccessException"/>s are mostly empty or quote claim values.
/// </summary>
public sealed class CredentialRefusalDescriber
{
    /// <summary>The clock skew the SDK allows on a token's lifetime.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly string _appId;
    private readonly string _channelIssuer;
    private readonly TimeProvider _clock;

    public CredentialRefusalDescriber(IConfiguration configuration, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _appId = configuration["MicrosoftAppId"] ?? string.Empty;
        _channelIssuer = configuration["ToBotFromChannelTokenIssuer"] is { Length: > 0 } issuer ? issuer
            : configuration["ChannelService"] == GovernmentAuthenticationConstants.ChannelService ? GovernmentAuthenticationConstants.ToBotFromChannelTokenIssuer
            : AuthenticationConstants.ToBotFromChannelTokenIssuer;
        _clock = clock;
    }

    /// <summary>
    /// The reason the credential was refused, or null when <paramref name="exception"/> is not a
    /// refusal (e.g. the OpenID metadata could not be fetched: a fault on our side, not the caller's).
    /// </summary>
    public string? Describe(Exception exception, string? authorization, string? serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is not (UnauthorizedAccessException or SecurityTokenException or ArgumentException))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(authorization))
        {
            return "no Authorization header";
        }

        // The SDK's own reading: exactly "Bearer" and one token, split on a single space.
        var parts = authorization.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer")
        {
            return "not a Bearer token";
        }

        if (Read(parts[1]) is not { } token)
        {
            return "malformed token";
        }

        return exception switch
        {
            SecurityTokenNotYetValidException => "token not yet valid",
            SecurityTokenExpiredException => "token expired",
            SecurityTokenSignatureKeyNotFoundException => "token signed with an unknown key",
            SecurityTokenInvalidSignatureException when string.IsNullOrEmpty(token.EncodedSignature) => "token is not signed",
            SecurityTokenInvalidSignatureException => "token signature does not verify",
            SecurityTokenInvalidIssuerException => "token issuer not trusted",
            SecurityTokenInvalidAudienceException => "token is for another audience",
            SecurityTokenException or SecurityTokenArgumentException => "token refused",
            UnauthorizedAccessException => DescribeClaims(token, serviceUrl),

            // A readable token and a plain ArgumentException: a fault, not a refusal.
            _ => null,
        };
    }

    private static JsonWebToken? Read(string raw)
    {
        try
        {
            return new JsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The SDK's own checks, in the order it makes them.</summary>
    private string DescribeClaims(JsonWebToken token, string? serviceUrl)
    {
        if (token.Issuer != _channelIssuer && !IsEmulatorIssuer(token.Issuer))
        {
            return "token issuer not trusted";
        }

        if (token.ValidTo != DateTime.MinValue && token.ValidTo + ClockSkew < _clock.GetUtcNow().UtcDateTime)
        {
            return "token expired";
        }

        if (!token.Audiences.Contains(_appId, StringComparer.Ordinal))
        {
            return "token is for another audience";
        }

        if (serviceUrl is not null && token.TryGetPayloadValue<string>(AuthenticationConstants.ServiceUrlClaim, out var claimed)
            && !string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "serviceUrl does not match the token";
        }

        return "credential refused";
    }

    // The SDK's own list (it sends such tokens down its emulator path), so the description stays in
    // step with the SDK; the class is obsolete only as an entry point for validating.
#pragma warning disable CS0618
    private static bool IsEmulatorIssuer(string issuer) =>
        EmulatorValidation.ToBotFromEmulatorTokenValidationParameters.ValidIssuers.Contains(issuer);
#pragma warning restore CS0618
}
