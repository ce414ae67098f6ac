using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ProgramBot.Bot.Outbound;

public static class OutboundHttpClientBuilderExtensions
{
    /// <summary>
    /// Runs the client's requests through <see cref="OutboundPipeline"/>, one pipeline (and so one
    /// circuit) per server authority. The client's own timeout is off: the pipeline's bound it.
    /// </summary>
    public static IHttpClientBuilder AddOutboundPipeline(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var client = builder.Name;
        builder.ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler("outbound", (pipeline, context) =>
            {
                var services = context.ServiceProvider;
                OutboundPipeline.Build(
                    pipeline,
                    client,
                    services.GetRequiredService<IOptions<OutboundOptions>>().Value,
                    services.GetRequiredKeyedService<TimeProvider>(OutboundOptions.ClockKey),
                    services.GetRequiredService<ILoggerFactory>().CreateLogger("ProgramBot.Outbound." + client));
            })
            .SelectPipelineByAuthority();
        return builder;
    }

    /// <summary>The <c>Outbound</c> options, validated at start-up, and the wall clock that times network calls.</summary>
    public static IServiceCollection AddOutboundOptions(this IServiceCollection services)
    {
        services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboundOptions>, OutboundOptionsValidator>();

        // Network timeouts and back-offs are real time even where the business clock is frozen (tests) or shifted.
        services.AddKeyedSingleton(OutboundOptions.ClockKey, TimeProvider.System);
        return services;
    }
}
