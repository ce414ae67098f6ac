using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using ProgramBot.Bot.Outbound;
using ProgramBot.Bot.Proactive;
using ProgramBot.Web.Authentication;

namespace ProgramBot.Web.Hosting;

public static class BotAdapterRegistration
{
    /// <summary>
    /// CloudAdapter with <see cref="ConfigurationBotFrameworkAuthentication"/>: MicrosoftAppType,
    /// MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId come from configuration or
    /// environment. Without an app id, authentication is off (local testing only); with one, every
    /// refused credential is reported by <see cref="RefusalReportingAuthentication"/> and answered 401.
    /// Every HTTP call the SDK makes (to the Bot Connector, and for tokens and keys) goes through
    /// <see cref="BotConnectorHttpClientFactory"/>'s client and so through the outbound pipeline.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient(BotConnectorHttpClientFactory.ClientName).AddOutboundPipeline();
        services.AddSingleton<BotConnectorHttpClientFactory>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new RefusalReportingAuthentication(
            new ConfigurationBotFrameworkAuthentication(configuration, httpClientFactory: sp.GetRequiredService<BotConnectorHttpClientFactory>(), logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            new CredentialRefusalDescriber(configuration, sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<ILogger<RefusalReportingAuthentication>>()));
        services.AddSingleton<AdapterWithErrorHandler>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton<CloudAdapterBase>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton(new BotIdentity(configuration["MicrosoftAppId"] ?? string.Empty));
        services.AddHostedService<AuthenticationModeLogger>();
        return services;
    }
}
