using Microsoft.Extensions.Options;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Bot.Outbound;

namespace ProgramBot.Web.Hosting;

public static class SlackRegistration
{
    /// <summary>
    /// The Slack Web API client (typed, from IHttpClientFactory, at <c>Slack:ApiBaseUrl</c>) and the worker
    /// that runs acknowledged Slack requests. The client lives in singletons, so its handler recycles
    /// connections itself instead of being rotated by the factory; its calls go through the outbound pipeline.
    /// </summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services)
    {
        services.AddHttpClient<SlackApiClient>((provider, http) => http.BaseAddress = provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddOutboundPipeline();
        services.AddHostedService<SlackWorker>();
        return services;
    }
}
