using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ProgramBot.Bot.Outbound;

/// <summary>
/// The one pipeline every outbound HTTP client runs through, outermost first: a total timeout, the
/// retry (429/412/502/504 and network failures, exponential back-off with jitter or the server's
/// Retry-After; an ambiguous failure only for an idempotent request), a circuit breaker, and a
/// timeout per try.
/// </summary>
public static class OutboundPipeline
{
    public static void Build(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, string client, OutboundOptions options, TimeProvider clock, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        pipeline.TimeProvider = clock;
        pipeline
            .AddTimeout(new TimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout })
            .AddRetry(Retry(client, options, clock, logger))
            .AddCircuitBreaker(Breaker(client, options, logger))
            .AddTimeout(new TimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
    }

    private static RetryStrategyOptions<HttpResponseMessage> Retry(string client, OutboundOptions options, TimeProvider clock, ILogger logger) => new()
    {
        MaxRetryAttempts = options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.FirstRetryDelay,
        MaxDelay = options.MaxRetryDelay,
        ShouldHandle = args =>
        {
            var request = args.Context.GetRequestMessage();
            var retry = OutboundFailures.ShouldRetry(args.Outcome, request);
            if (!retry && args.Outcome.Exception is HttpRequestException or TimeoutRejectedException)
            {
                OutboundLog.AmbiguousNotRetried(logger, client, request?.Method.Method ?? "?", Authority(request), OutboundFailures.Describe(args.Outcome.Exception));
            }

            return ValueTask.FromResult(retry);
        },
        DelayGenerator = args => ValueTask.FromResult(OutboundFailures.RetryAfter(args.Outcome.Result, clock.GetUtcNow(), options.MaxRetryDelay)),
        OnRetry = args =>
        {
            OutboundLog.RetryScheduled(logger, client, Authority(args.Context.GetRequestMessage()), Describe(args.Outcome), args.AttemptNumber + 2, args.RetryDelay);
            return ValueTask.CompletedTask;
        },
    };

    private static CircuitBreakerStrategyOptions<HttpResponseMessage> Breaker(string client, OutboundOptions options, ILogger logger) => new()
    {
        FailureRatio = options.BreakerFailureRatio,
        MinimumThroughput = options.BreakerMinimumThroughput,
        SamplingDuration = options.BreakerSamplingDuration,
        BreakDuration = options.BreakerBreakDuration,
        ShouldHandle = args => ValueTask.FromResult(OutboundFailures.IsServerTrouble(args.Outcome)),
        OnOpened = args =>
        {
            OutboundLog.CircuitOpened(logger, client, Authority(args.Context.GetRequestMessage()), args.BreakDuration, Describe(args.Outcome));
            return ValueTask.CompletedTask;
        },
        OnClosed = args =>
        {
            OutboundLog.CircuitClosed(logger, client, Authority(args.Context.GetRequestMessage()));
            return ValueTask.CompletedTask;
        },
    };

    private static string Authority(HttpRequestMessage? request) => request?.RequestUri?.Authority ?? "?";

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } failure ? OutboundFailures.Describe(failure) : $"HTTP {(int?)outcome.Result?.StatusCode}";
}
