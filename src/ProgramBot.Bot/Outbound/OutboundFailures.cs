using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ProgramBot.Bot.Outbound;

/// <summary>Which outcomes of one try are worth another, which count against the server, and how long to wait.</summary>
public static class OutboundFailures
{
    /// <summary>Throttled (429), a lost concurrency race (412) or a gateway in trouble (502, 504): the channels ask for a retry.</summary>
    public static bool IsRetriedStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// A failure after which the request may have reached the server: an attempt timed out, or the
    /// connection broke once the request was on its way. A connection never made (refused, no such
    /// host, TLS refused) sent nothing.
    /// </summary>
    public static bool IsAmbiguous(Exception failure) => failure switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } => false,
        _ => true,
    };

    /// <summary>Another try of <paramref name="request"/>: a retried status or a network failure or timeout — unless it is ambiguous (a gateway timeout included) and the request is not idempotent.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => !IsAmbiguous(outcome.Exception) || OutboundRequest.IsIdempotent(request),
        { Exception: null, Result: { } response } => IsRetriedStatus(response.StatusCode)
            && (OutboundRequest.IsIdempotent(request) || !IsAmbiguousStatus(response.StatusCode)),
        _ => false,
    };

    /// <summary>
    /// A gateway that gave up (502, 504) may have passed the request on: like a timeout, it is retried
    /// only for a request that is safe to send twice. 429 and 412 say the request was not acted on.
    /// </summary>
    public static bool IsAmbiguousStatus(HttpStatusCode status) => status is HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    /// <summary>What the circuit breaker counts: the server failing (5xx, 408, 429) or out of reach.</summary>
    public static bool IsServerTrouble(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: null, Result: { } response } => (int)response.StatusCode >= 500
            || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        _ => false,
    };

    /// <summary>The wait the server asked for (Retry-After as seconds or a date), capped; null when it asked none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now, TimeSpan cap)
    {
        var header = response?.Headers.RetryAfter;
        var asked = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        if (asked is not { } wait)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }

    /// <summary>A short reason for logs and delivery records.</summary>
    public static string Describe(Exception failure) => failure switch
    {
        BrokenCircuitException => "circuit open",
        TimeoutRejectedException => "timed out",
        HttpRequestException network => "network: " + network.HttpRequestError,
        _ => failure.GetType().Name,
    };
}
