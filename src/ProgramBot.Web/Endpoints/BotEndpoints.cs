using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using ProgramBot.Web.Authentication;
using ProgramBot.Web.Logging;

namespace ProgramBot.Web.Endpoints;

public static class BotEndpoints
{
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", ProcessAsync);
        return endpoints;
    }

    /// <summary>
    /// Hands the request to the adapter. A body that is not an activity a turn can run on is a 4xx
    /// with the reason before the adapter reads it (<see cref="ActivityRequestGuard"/>); a refused
    /// credential (already logged by <see cref="RefusalReportingAuthentication"/>) is a 401 whose
    /// body says why.
    /// </summary>
    private static async Task ProcessAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, ILoggerFactory loggers)
    {
        if (await ActivityRequestGuard.CheckAsync(http.Request, http.RequestAborted) is { } refusal)
        {
            WebLog.RequestRefused(loggers.CreateLogger(typeof(BotEndpoints)), http.Request.Path, refusal.Reason);
            http.Response.StatusCode = refusal.Status;
            await http.Response.WriteAsync(refusal.Reason, http.RequestAborted);
            return;
        }

        try
        {
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
        }
        catch (CredentialRefusedException refused) when (!http.Response.HasStarted)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await TypedResults.Problem(title: "Credential refused", detail: refused.Message, statusCode: StatusCodes.Status401Unauthorized)
                .ExecuteAsync(http);
        }
    }
}
