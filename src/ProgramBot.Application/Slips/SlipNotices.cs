using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Slips;

/// <summary>
/// Hands a recorded slip's notices to a background job, so the turn that caused the slip never waits
/// on other conversations' sends (paced per tenant, retried on throttling) and the user's reply comes
/// at once. A slip whose job cannot be queued stays recorded, with a warning, and its notices can be
/// sent again by its change id.
/// </summary>
public sealed class SlipNotices(IScheduler scheduler, ILogger<SlipNotices> logger)
{
    public async Task QueueAsync(long workspaceId, RecordedSlip slip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slip);
        try
        {
            await scheduler.EnqueueAsync(SlipNoticeJob.JobKind, SlipNoticeJob.ArgumentFor(workspaceId, slip.Id), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The change is committed and stays; only telling others about it is postponed.
            SlipLog.NotQueued(logger, exception, slip.Id, workspaceId);
        }
    }
}
