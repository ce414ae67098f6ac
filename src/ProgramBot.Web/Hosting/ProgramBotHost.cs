using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProgramBot.Application;
using ProgramBot.Bot;
using ProgramBot.Infrastructure;
using ProgramBot.Infrastructure.Health;
using ProgramBot.Infrastructure.Scheduling;
using ProgramBot.Web.Endpoints;
using ProgramBot.Web.Scheduling;

namespace ProgramBot.Web.Hosting;

/// <summary>
/// Builds the web host. The tests build the very same host on a loopback port; <c>configure</c>
/// lets them swap the clock.
/// </summary>
public static class ProgramBotHost
{
    public const string MaxRequestBodyBytesKey = "Limits:MaxRequestBodyBytes";
    public const long DefaultMaxRequestBodyBytes = 256 * 1024;

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The top-level appsettings.json is copied beside the binary, so the host finds it from any working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // Activities are small; a larger body is refused with 413 before it is read.
        var bodyLimit = builder.Configuration.GetValue<long?>(MaxRequestBodyBytesKey) ?? DefaultMaxRequestBodyBytes;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = bodyLimit);

        builder.Services.AddProgramBotStorage(builder.Configuration);
        builder.Services.AddProgramBotScheduling(builder.Configuration);
        builder.Services.AddProgramBotApplication();
        builder.Services.AddProgramBot();
        builder.Services.AddBotFrameworkAdapter(builder.Configuration);
        builder.Services.AddSlackChannel();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadinessCheck>("database", HealthStatus.Unhealthy, ["ready"]);

        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapBotEndpoints();
        app.MapSlackEndpoints();
        app.MapHealthEndpoints();
        app.MapSchedulingDashboard();
        return app;
    }
}
