using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Approvals;

/// <summary>
/// Looks for approval-card copies still behind and requesters' notices still owed — left by a turn that
/// was cut off, failed or was killed after its decision committed — and queues <see cref="ApprovalCopyJob"/>
/// when there are any. Run by the host's recovery sweep at start-up and every <see cref="ApprovalCopyOptions.SweepPeriod"/>.
/// </summary>
public sealed class ApprovalCopyRecovery(IDataStore store, IScheduler scheduler, TimeProvider clock, IOptions<ApprovalCopyOptions> options) : IClaimRecovery
{
    /// <summary>Queues the job when something is left, and asks to be run again after the sweep period.</summary>
    public async Task<DateTimeOffset?> RecoverAsync(CancellationToken cancellationToken)
    {
        await QueueIfLeftAsync(cancellationToken);
        return clock.GetUtcNow() + options.Value.SweepPeriod;
    }

    /// <summary>True when it queued the job.</summary>
    public async Task<bool> QueueIfLeftAsync(CancellationToken cancellationToken)
    {
        var staleBefore = clock.GetUtcNow() - options.Value.NoticeLease;
        var pending = await store.ReadAsync(
            async (uow, ct) => (await uow.ApprovalCopies.ListOutdatedAsync(1, ct)).Count + (await uow.ApprovalCopies.ListDueNoticesAsync(staleBefore, 1, ct)).Count,
            cancellationToken);
        if (pending == 0)
        {
            return false;
        }

        await scheduler.EnqueueAsync(ApprovalCopyJob.JobKind, ApprovalCopyJob.Argument, cancellationToken);
        return true;
    }
}
