using Microsoft.Extensions.Options;
using ProgramBot.Bot.Proactive;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Runs a Web API call again while Slack is throttling (429, waiting its Retry-After, capped) or failing
/// (5xx, network: exponential back-off), up to <see cref="ProactiveOptions.MaxAttempts"/>. An
/// <c>ok:false</c> answer is final: Slack has said no.
/// </summary>
public sealed class SlackRetry(TimeProvider clock, IOptions<ProactiveOptions> options)
{
    /// <summary>The last answer and how many attempts it took; <c>beforeEach</c> waits for the pace before every attempt (proactive sends), or is null.</summary>
    public async Task<(SlackApiResult Result, int Attempts)> RunAsync(
        Func<CancellationToken, Task<SlackApiResult>> call, Func<CancellationToken, Task>? beforeEach, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var policy = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            if (beforeEach is not null)
            {
                await beforeEach(cancellationToken);
            }

            var result = await call(cancellationToken);
            if (result.Ok || !result.IsTransient || attempt >= policy.MaxAttempts)
            {
                return (result, attempt);
            }

            var wait = result.RetryAfter ?? policy.FirstBackoff * Math.Pow(2, attempt - 1);
            await Task.Delay(wait > policy.MaxBackoff ? policy.MaxBackoff : wait, clock, cancellationToken);
        }
    }
}
