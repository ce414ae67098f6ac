using Microsoft.Extensions.Options;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Web.Logging;

namespace ProgramBot.Web.Endpoints;

/// <summary>
/// Runs before every Slack endpoint: reads the raw body once and refuses (401, logged without the body)
/// a request whose signature does not match or whose timestamp is more than five minutes from now.
/// Without a signing secret Slack is not set up here, and nothing is answered.
/// </summary>
public sealed class SlackSignatureFilter(IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackSignatureFilter> logger) : IEndpointFilter
{
    private const string RawBodyKey = "ProgramBot.Slack.RawBody";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var slack = options.Value;
        if (!slack.IsConfigured)
        {
            WebLog.RequestRefused(logger, http.Request.Path, "Slack is not configured (no Slack:SigningSecret)");
            return Results.NotFound(new { error = "Slack is not set up on this server." });
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        var reason = SlackSignature.Check(
            slack.SigningSecret!, http.Request.Headers[SlackSignature.TimestampHeader], http.Request.Headers[SlackSignature.SignatureHeader],
            body, clock.GetUtcNow(), slack.MaxClockSkew);
        if (reason is not null)
        {
            WebLog.RequestRefused(logger, http.Request.Path, reason);
            return Results.Json(new { error = reason }, statusCode: StatusCodes.Status401Unauthorized);
        }

        http.Items[RawBodyKey] = body;
        return await next(context);
    }

    /// <summary>The verified raw body of this request.</summary>
    public static byte[] RawBody(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items[RawBodyKey] as byte[] ?? throw new InvalidOperationException("The Slack signature filter did not run for this endpoint.");
    }
}
