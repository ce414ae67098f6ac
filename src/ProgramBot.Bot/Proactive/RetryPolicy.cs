using System.Globalization;
using System.Net;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ProgramBot.Bot.Proactive;

/// <summary>Which failures are worth another try, and how long to wait before it.</summary>
public static class RetryPolicy
{
    private static readonly HttpStatusCode[] Transient =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout];

    public static bool IsTransient(Exception failure) => failure switch
    {
        ErrorResponseException e => e.Response?.StatusCode is { } status && Transient.Contains(status),
        HttpRequestException or TaskCanceledException => true,
        _ => false,
    };

    /// <summary>Retry-After when the channel sent one (capped); else exponential back-off with up to 50 % jitter.</summary>
    public static TimeSpan Delay(Exception failure, int attempt, ProactiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (RetryAfter(failure) is { } asked)
        {
            return asked > options.MaxBackoff ? options.MaxBackoff : asked;
        }

        var backoff = options.FirstBackoff * Math.Pow(2, attempt - 1);
        var jittered = backoff * (1 + (Random.Shared.NextDouble() / 2));
        return jittered > options.MaxBackoff ? options.MaxBackoff : jittered;
    }

    /// <summary>A fresh copy per attempt: sending stamps ids and addresses onto the activity.</summary>
    public static Activity Copy(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;

    private static TimeSpan? RetryAfter(Exception failure)
    {
        if (failure is not ErrorResponseException { Response.Headers: { } headers }
            || !headers.TryGetValue("Retry-After", out var values) || values.FirstOrDefault() is not { } value)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }
}
