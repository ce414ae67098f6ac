using Microsoft.Extensions.Options;

namespace ProgramBot.Bot.Outbound;

/// <summary>What the ranges on <see cref="OutboundOptions"/> cannot say: how the timeouts relate.</summary>
public sealed class OutboundOptionsValidator : IValidateOptions<OutboundOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboundOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"Outbound:AttemptTimeout ({options.AttemptTimeout}) must not be longer than Outbound:TotalTimeout ({options.TotalTimeout}).");
        }

        if (options.FirstRetryDelay > options.MaxRetryDelay)
        {
            failures.Add($"Outbound:FirstRetryDelay ({options.FirstRetryDelay}) must not be longer than Outbound:MaxRetryDelay ({options.MaxRetryDelay}).");
        }

        // Polly's breaker needs a window that can see a whole slow attempt.
        if (options.BreakerSamplingDuration < options.AttemptTimeout)
        {
            failures.Add($"Outbound:BreakerSamplingDuration ({options.BreakerSamplingDuration}) must be at least Outbound:AttemptTimeout ({options.AttemptTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
