using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Digests;

namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>
/// Brings the scheduler's recurring digest entries in step with the subscriptions table at
/// start-up, after every subscribe or unsubscribe, and every few minutes (another instance may have
/// changed the table).
/// </summary>
internal sealed partial class DigestScheduleSync(
    DigestScheduleKeeper keeper, DigestScheduleChanges changes, TimeProvider clock, ILogger<DigestScheduleSync> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await keeper.ReconcileAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The table stays the truth; the next signal or period tries again.
                ReconcileFailed(logger, exception);
            }

            await changes.WaitAsync(Period, clock, stoppingToken);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Could not bring the digest schedule in step with the subscriptions")]
    private static partial void ReconcileFailed(ILogger logger, Exception exception);
}
