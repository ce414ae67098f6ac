using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Approvals;

namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>
/// Runs <see cref="ApprovalCopyRecovery"/> at start-up — after a crash, the copies and notices a killed
/// deciding turn never reached — then every <see cref="ApprovalCopyOptions.SweepPeriod"/>, for what a turn
/// could not queue and notices whose claim's lease ran out.
/// </summary>
internal sealed partial class ApprovalCopySweep(
    ApprovalCopyRecovery recovery, TimeProvider clock, IOptions<ApprovalCopyOptions> options, ILogger<ApprovalCopySweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await recovery.RecoverAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // What is left stays in the tables; the next round finds it again.
                SweepFailed(logger, exception);
            }

            await Task.Delay(options.Value.SweepPeriod, clock, stoppingToken);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Could not look for approval-card copies left behind")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
