using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;
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
    /// Hands the request to the adapter. CloudAdapter answers a missing or refused token with
    /// 401 only when it surfaces as UnauthorizedAccessException; a token with a bad signature or a
    /// future nbf escapes as a security-token exception, which is a refused credential too; a token
    /// that cannot be parsed at all is refused before the adapter sees it, and so is a body that is
    /// not an activity a turn can run on (<see cref="ActivityRequestGuard"/>).
    /// </summary>
    private static async Task ProcessAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, ILoggerFactory loggers)
    {
        if (BearerToken.IsUnreadable(http.Request.Headers.Authorization))
        {
            WebLog.RequestRefused(loggers.CreateLogger(typeof(BotEndpoints)), http.Request.Path, "unreadable bearer token");
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

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
        catch (Exception exception) when (IsRefusedCredential(exception) && !http.Response.HasStarted)
        {
            WebLog.RequestRefused(loggers.CreateLogger(typeof(BotEndpoints)), http.Request.Path, exception.GetType().Name);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    private static bool IsRefusedCredential(Exception exception) =>
        exception is UnauthorizedAccessException or SecurityTokenException or SecurityTokenArgumentException;
}
