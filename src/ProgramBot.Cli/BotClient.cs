using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProgramBot.Cli;

/// <summary>Posts an activity to <c>/api/messages</c> and reads the expectReplies body.</summary>
internal sealed class BotClient
{
    private const int MaxBodyInError = 300;
    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public BotClient(HttpClient http, Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        _http = http;
        _endpoint = endpoint;
    }

    public async Task<BotResult> SendAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        try
        {
            using HttpResponseMessage response = await _http.PostAsync(_endpoint, content, cancellationToken);
            string body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode
                ? ReadReplies(body)
                : BotResult.Failure(Describe(response, body));
        }
        catch (HttpRequestException ex)
        {
            return BotResult.Failure($"could not reach the bot at {_endpoint}: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return BotResult.Failure($"the bot at {_endpoint} did not answer within {_http.Timeout.TotalSeconds:0} s");
        }
    }

    private static BotResult ReadReplies(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return BotResult.Success([]);
        }

        try
        {
            JsonArray? activities = JsonNode.Parse(body)?["activities"] as JsonArray;
            return BotResult.Success(activities?.OfType<JsonObject>().ToList() ?? []);
        }
        catch (JsonException ex)
        {
            return BotResult.Failure($"the bot answered with a body that is not JSON: {ex.Message}");
        }
    }

    private static string Describe(HttpResponseMessage response, string body)
    {
        string reason = $"the bot answered {(int)response.StatusCode} {response.ReasonPhrase}";
        string trimmed = body.Trim();
        if (trimmed.Length > 0)
        {
            reason += ": " + (trimmed.Length > MaxBodyInError ? trimmed[..MaxBodyInError] + "…" : trimmed);
        }

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            reason += " (for local use run the bot with an empty MicrosoftAppId)";
        }

        return reason;
    }
}
