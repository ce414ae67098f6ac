using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Digests;

namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>
/// Runs <see cref="DigestSlotRecovery"/> at start-up — after a crash, the claims the dead process
/// left open — then again when the next open claim's lease runs out, and every few minutes.
/// </summary>
internal sealed partial class DigestRecoverySweep(DigestSlotRecovery recovery, TimeProvider clock, ILogger<DigestRecoverySweep> logger)
    : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Period;
            try
            {
                if (await recovery.RecoverAsync(stoppingToken) is { } nextExpiry)
                {
                    var untilExpiry = nextExpiry - clock.GetUtcNow();
                    wait = untilExpiry < TimeSpan.Zero ? TimeSpan.Zero : untilExpiry < Period ? untilExpiry : Period;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The open claims stay in the table; the next round finds them again.
                SweepFailed(logger, exception);
            }

            await Task.Delay(wait, clock, stoppingToken);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Could not look for digest slots left unsent by a stopped process")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
