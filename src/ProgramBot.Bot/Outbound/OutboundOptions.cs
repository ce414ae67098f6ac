using System.ComponentModel.DataAnnotations;

namespace ProgramBot.Bot.Outbound;

/// <summary>
/// How the bot's calls to the Bot Connector and the Slack Web API are bounded and retried (section
/// <c>Outbound</c>). One HTTP pipeline per client owns every retry; nothing above it retries again.
/// </summary>
public sealed class OutboundOptions
{
    public const string SectionName = "Outbound";

    /// <summary>Key of the <see cref="TimeProvider"/> that times network calls: the wall clock, whatever clock the business logic reads.</summary>
    public const string ClockKey = "outbound";

    /// <summary>One try of one request, from sending to the end of the response headers.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>One request in all, every retry and wait included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Further tries after the first.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off; it doubles each retry, with jitter, unless the server sent Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer, whatever Retry-After says.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The circuit opens when at least this share of the calls in the sampling window failed…</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>…and there were at least this many calls in it.</summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before one is let through to test the server.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a turn's replies may take to deliver, in all (Teams gives a whole turn 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:12")]
    public TimeSpan TurnReplyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>One message the bot starts itself (digest, reminder, slip notice, approval copy), its pacing included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:30:00")]
    public TimeSpan ProactiveSendTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
