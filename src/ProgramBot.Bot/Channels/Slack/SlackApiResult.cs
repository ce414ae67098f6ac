using System.Net;
using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// How a Web API call ended. Slack answers API errors with 200 and <c>{"ok":false,"error":"…"}</c>,
/// throttling with 429 and Retry-After.
/// </summary>
public sealed record SlackApiResult(HttpStatusCode Status, bool Ok, string? Error, JsonObject? Body, TimeSpan? RetryAfter)
{
    /// <summary>No answer in time.</summary>
    public static SlackApiResult TimedOut { get; } = new(HttpStatusCode.GatewayTimeout, false, "timeout", null, null);

    public bool IsThrottled => Status == HttpStatusCode.TooManyRequests;

    /// <summary>Worth another try: throttled, or the server failed; an <c>ok:false</c> answer never is.</summary>
    public bool IsTransient => IsThrottled || (int)Status >= 500;

    public string? Ts => Body?["ts"]?.GetValue<string>();

    public string Describe() => Ok ? "ok" : Error ?? $"HTTP {(int)Status}";
}
