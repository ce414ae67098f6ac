using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ProgramBot.Bench.Servers;

/// <summary>
/// <c>serve echo</c>: the baseline. Same Kestrel limit, same endpoint shape, same authentication
/// type (configuration, no app id) as ProgramBotHost; only the bot differs.
/// </summary>
internal static class EchoServer
{
    public static Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. ServeRunner.CommonArgs], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 256 * 1024);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            builder.Configuration,
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter, EchoAdapter>();
        builder.Services.AddSingleton<IBot, EchoBot>();

        var app = builder.Build();
        app.MapPost(
            "/api/messages",
            (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
                adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        // The start-up benchmark polls /readyz on both servers.
        app.MapGet("/readyz", () => "Healthy");
        return ServeRunner.RunAsync(app, cancellationToken);
    }
}
