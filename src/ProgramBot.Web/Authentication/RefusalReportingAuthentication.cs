using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using ProgramBot.Web.Logging;

namespace ProgramBot.Web.Authentication;

/// <summary>
/// The SDK's authentication, with every refused credential turned into one
/// <see cref="CredentialRefusedException"/> that names the reason, logged once. The SDK refuses in
/// three ways: <see cref="UnauthorizedAccessException"/> (CloudAdapter answers a bare 401 and logs
/// nothing), IdentityModel's security-token exceptions and, for a token it cannot parse, an
/// <see cref="ArgumentException"/> (both escape CloudAdapter as a 500). Which credential passes is
/// still decided by the SDK alone.
/// </summary>
public sealed class RefusalReportingAuthentication(
    BotFrameworkAuthentication inner, CredentialRefusalDescriber describer, ILogger<RefusalReportingAuthentication> logger)
    : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            return await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        }
        catch (Exception exception) when (describer.Describe(exception, authHeader, activity.ServiceUrl) is { } reason)
        {
            WebLog.CredentialRefused(logger, reason, exception.GetType().Name, activity.ChannelId, activity.Id);
            throw new CredentialRefusedException(reason, exception);
        }
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();
}
