using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>
/// Runs every <see cref="IClaimRecovery"/> (digest slots, notice jobs, approval-card copies) at start-up — after a crash, the claims the
/// dead process left open — then again when the next open claim's lease runs out, and every few minutes.
/// </summary>
internal sealed partial class ClaimRecoverySweep(IEnumerable<IClaimRecovery> recoveries, TimeProvider clock, ILogger<ClaimRecoverySweep> logger)
    : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Period;
            foreach (var recovery in recoveries)
            {
                try
                {
                    if (await recovery.RecoverAsync(stoppingToken) is { } nextExpiry)
                    {
                        var untilExpiry = nextExpiry - clock.GetUtcNow();
                        wait = untilExpiry < TimeSpan.Zero ? TimeSpan.Zero : untilExpiry < wait ? untilExpiry : wait;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The open claims stay in their tables; the next round finds them again.
                    SweepFailed(logger, exception, recovery.GetType().Name);
                }
            }

            await Task.Delay(wait, clock, stoppingToken);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Could not look for work left unfinished by a stopped process ({Recovery})")]
    private static partial void SweepFailed(ILogger logger, Exception exception, string recovery);
}
