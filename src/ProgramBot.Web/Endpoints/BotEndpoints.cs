using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using ProgramBot.Web.Authentication;

namespace ProgramBot.Web.Endpoints;

public static class BotEndpoints
{
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", ProcessAsync);
        return endpoints;
    }

    /// <summary>
    /// Hands the request to the adapter. A refused credential (already logged by
    /// <see cref="RefusalReportingAuthentication"/>) is a 401 whose body says why.
    /// </summary>
    private static async Task ProcessAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot)
    {
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
