using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ProgramBot.Bot.Outbound;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// The few Slack Web API methods the bot uses, over a typed <see cref="HttpClient"/> whose base
/// address is <c>Slack:ApiBaseUrl</c>. Failures come back as <see cref="SlackApiResult"/> values.
/// Retries and timeouts are the client's HTTP pipeline's (<see cref="OutboundPipeline"/>): <c>chat.update</c>
/// and <c>chat.delete</c> name the message they change and are marked idempotent, so they are sent
/// again after an ambiguous failure; a post of a new message is not.
/// </summary>
public sealed class SlackApiClient(HttpClient http)
{
    public Task<SlackApiResult> PostMessageAsync(string token, string channel, SlackMessage message, string? threadTs, CancellationToken cancellationToken) =>
        CallAsync(token, "chat.postMessage", With(message, channel, "thread_ts", threadTs), cancellationToken);

    public Task<SlackApiResult> UpdateAsync(string token, string channel, string ts, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync(token, "chat.update", With(message, channel, "ts", ts), cancellationToken, idempotent: true);

    public Task<SlackApiResult> PostEphemeralAsync(string token, string channel, string user, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync(token, "chat.postEphemeral", With(message, channel, "user", user), cancellationToken);

    public Task<SlackApiResult> DeleteAsync(string token, string channel, string ts, CancellationToken cancellationToken) =>
        CallAsync(token, "chat.delete", new JsonObject { ["channel"] = channel, ["ts"] = ts }, cancellationToken, idempotent: true);

    public Task<SlackApiResult> OpenViewAsync(string token, string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync(token, "views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, cancellationToken);

    /// <summary>Name and zone of a user; null when Slack does not say.</summary>
    public async Task<SlackUser?> UserAsync(string token, string userId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "users.info?user=" + Uri.EscapeDataString(userId));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var result = await SendAsync(request, cancellationToken);
        if (!result.Ok || result.Body?["user"] is not JsonObject user)
        {
            return null;
        }

        var name = (string?)user["real_name"] is { Length: > 0 } real ? real : (string?)user["name"] ?? userId;
        return new SlackUser(userId, name, (string?)user["tz"]);
    }

    /// <summary>Answers through an interaction's or command's <c>response_url</c> (no token: the URL is the credential).</summary>
    public async Task<SlackApiResult> RespondAsync(Uri responseUrl, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(body) };
        return await SendAsync(request, cancellationToken);
    }

    private static JsonObject With(SlackMessage message, string channel, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = message.ToJson();
        body["channel"] = channel;
        if (value is not null)
        {
            body[field] = value;
        }

        return body;
    }

    private async Task<SlackApiResult> CallAsync(string token, string method, JsonObject body, CancellationToken cancellationToken, bool idempotent = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotent)
        {
            OutboundRequest.MarkIdempotent(request);
        }

        return await SendAsync(request, cancellationToken);
    }

    private async Task<SlackApiResult> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var retryAfter = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.TryGetValues("Retry-After", out var values)
                    && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var json = TryParse(text);

            // response_url answers a bare "ok" rather than JSON.
            var ok = response.IsSuccessStatusCode && (json is null ? text.Trim() is "ok" or "" : json["ok"]?.GetValue<bool>() ?? true);
            return new SlackApiResult(response.StatusCode, ok, ok ? null : (string?)json?["error"], json, retryAfter);
        }
        catch (HttpRequestException exception)
        {
            return new SlackApiResult(HttpStatusCode.ServiceUnavailable, false, "network: " + exception.HttpRequestError, null, null);
        }
        catch (Exception exception) when (exception is TimeoutRejectedException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return SlackApiResult.TimedOut;
        }
        catch (BrokenCircuitException)
        {
            return new SlackApiResult(HttpStatusCode.ServiceUnavailable, false, "circuit open", null, null);
        }
    }

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return text.Length > 0 && text[0] == '{' ? JsonNode.Parse(text) as JsonObject : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
