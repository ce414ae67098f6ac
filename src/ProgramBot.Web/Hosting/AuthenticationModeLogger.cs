using ProgramBot.Web.Logging;

namespace ProgramBot.Web.Hosting;

/// <summary>Says at start-up whether Bot Framework authentication is on, so an open endpoint is never a surprise.</summary>
public sealed class AuthenticationModeLogger(IConfiguration configuration, ILogger<AuthenticationModeLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var appId = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(appId))
        {
            WebLog.AuthenticationOff(logger);
        }
        else
        {
            WebLog.AuthenticationOn(logger, appId, configuration["MicrosoftAppType"] ?? "MultiTenant");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
