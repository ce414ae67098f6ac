using System.Data.Common;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Web.Logging;

namespace ProgramBot.Web.Endpoints;

/// <summary>
/// <c>/api/slack/*</c>: every request is verified first (<see cref="SlackSignatureFilter"/>), written to the
/// durable inbox and only then answered — at once, Slack waits three seconds — for a worker that runs it
/// through the Slack adapter. A request the inbox cannot take (full, or the database unavailable or failing
/// in any way) is refused so that Slack, or the person, tries again, never acknowledged and lost.
/// </summary>
public static class SlackEndpoints
{
    public const string NotInstalledText = "ProgramBot isn't set up for this Slack workspace yet. Ask your admin to add its bot token.";
    public const string BusyText = "I'm busy right now. Please try again in a moment.";

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var slack = endpoints.MapGroup("/api/slack").AddEndpointFilter<SlackSignatureFilter>();
        slack.MapPost("/commands", Command);
        slack.MapPost("/interactions", Interaction);
        slack.MapPost("/events", Event);
        return endpoints;
    }

    private static Task<IResult> Command(HttpContext http, SlackInbox inbox, IOptions<SlackOptions> options, ILoggerFactory loggers)
    {
        var form = new JsonObject();
        foreach (var (key, value) in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(SlackSignatureFilter.RawBody(http))))
        {
            form[key] = value.ToString();
        }

        return Queue(http, inbox, options, loggers, SlackInboundKind.Command, (string?)form["team_id"], form, ephemeral: true);
    }

    private static Task<IResult> Interaction(HttpContext http, SlackInbox inbox, IOptions<SlackOptions> options, ILoggerFactory loggers)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(SlackSignatureFilter.RawBody(http)));
        if (!form.TryGetValue("payload", out var raw) || Parse(raw.ToString()) is not { } payload)
        {
            return Answered(Results.BadRequest(new { error = "An interaction carries its JSON in the form field 'payload'." }));
        }

        var team = (string?)payload["team"]?["id"] ?? (string?)payload["user"]?["team_id"];
        return Queue(http, inbox, options, loggers, SlackInboundKind.Interaction, team, payload, ephemeral: true);
    }

    private static Task<IResult> Event(HttpContext http, SlackInbox inbox, IOptions<SlackOptions> options, ILoggerFactory loggers)
    {
        if (Parse(Encoding.UTF8.GetString(SlackSignatureFilter.RawBody(http))) is not { } payload)
        {
            return Answered(Results.BadRequest(new { error = "The Events API sends JSON." }));
        }

        switch ((string?)payload["type"])
        {
            case "url_verification":
                return Answered(Results.Json(new { challenge = (string?)payload["challenge"] ?? string.Empty }));
            case "event_callback":
                var retry = http.Request.Headers["X-Slack-Retry-Num"].ToString();
                if (retry.Length > 0)
                {
                    WebLog.SlackRetry(loggers.CreateLogger(typeof(SlackEndpoints)), (string?)payload["event_id"], retry, http.Request.Headers["X-Slack-Retry-Reason"].ToString());
                }

                return Queue(http, inbox, options, loggers, SlackInboundKind.Event, (string?)payload["team_id"], payload, ephemeral: false);
            default:
                return Answered(Results.Ok());
        }
    }

    /// <summary>An answer that needs no inbox: a refusal, the challenge, or nothing to store.</summary>
    private static Task<IResult> Answered(IResult result) => Task.FromResult(result);

    private static async Task<IResult> Queue(
        HttpContext http, SlackInbox inbox, IOptions<SlackOptions> options, ILoggerFactory loggers,
        SlackInboundKind kind, string? team, JsonObject payload, bool ephemeral)
    {
        var logger = loggers.CreateLogger(typeof(SlackEndpoints));
        if (team is null || options.Value.Workspace(team) is null)
        {
            WebLog.RequestRefused(logger, http.Request.Path, "unknown Slack team " + (team ?? "(none)"));
            return ephemeral
                ? Results.Json(new { response_type = "ephemeral", text = NotInstalledText })
                : Results.Json(new { error = NotInstalledText }, statusCode: StatusCodes.Status403Forbidden);
        }

        InboxAddOutcome outcome;
        try
        {
            outcome = await inbox.AcceptAsync(kind, team, payload, http.RequestAborted);
        }
        catch (StorageUnavailableException)
        {
            // Logged where the database gave up; not acknowledged, so Slack retries the event and the person sees why.
            return Busy(logger, http, ephemeral, "the database is unavailable");
        }
        catch (DbException exception)
        {
            // A failure no retry took for a passing one reaches here raw: still refused, never a 500 that would
            // read as a bug to the person, and logged here since nothing below logged it.
            WebLog.SlackInboxStorageFailed(logger, exception, kind.ToString(), team);
            return Busy(logger, http, ephemeral, "the database failed");
        }

        if (outcome == InboxAddOutcome.Full)
        {
            return Busy(logger, http, ephemeral, "Slack inbox full");
        }

        if (outcome == InboxAddOutcome.Duplicate)
        {
            // Slack's retry of an event stored already: the 200 it missed, nothing more.
            WebLog.SlackDuplicate(logger, (string?)payload["event_id"] ?? string.Empty, team);
        }

        return Results.Ok();
    }

    private static IResult Busy(ILogger logger, HttpContext http, bool ephemeral, string reason)
    {
        WebLog.RequestRefused(logger, http.Request.Path, reason);
        return ephemeral
            ? Results.Json(new { response_type = "ephemeral", text = BusyText })
            : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private static JsonObject? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
