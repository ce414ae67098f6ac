using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Approvals;

/// <summary>
/// Looks for approval-card copies still behind and requesters' notices still owed — left by a turn that
/// was cut off, failed or was killed after its decision committed — and queues <see cref="ApprovalCopyJob"/>
/// when there are any. Run by the host's recovery sweep at start-up and every <see cref="ApprovalCopyOptions.SweepPeriod"/>,
/// and sooner when a copy's update claim runs out (a killed turn's) or a failing copy's next try comes.
/// </summary>
public sealed class ApprovalCopyRecovery(IDataStore store, IScheduler scheduler, TimeProvider clock, IOptions<ApprovalCopyOptions> options) : IClaimRecovery
{
    /// <summary>Queues the job when something is left, and asks to be run again when the next copy becomes due, or after the sweep period.</summary>
    public async Task<DateTimeOffset?> RecoverAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await QueueIfLeftAsync(cancellationToken);
        var next = await store.ReadAsync((uow, ct) => uow.ApprovalCopies.NextDueAsync(now, ct), cancellationToken);
        var sweep = now + options.Value.SweepPeriod;
        return next is { } due && due < sweep ? due : sweep;
    }

    /// <summary>True when it queued the job.</summary>
    public async Task<bool> QueueIfLeftAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var staleBefore = now - options.Value.NoticeLease;
        var pending = await store.ReadAsync(
            async (uow, ct) => (await uow.ApprovalCopies.ListOutdatedAsync(now, 1, ct)).Count + (await uow.ApprovalCopies.ListDueNoticesAsync(staleBefore, 1, ct)).Count,
            cancellationToken);
        if (pending == 0)
        {
            return false;
        }

        await scheduler.EnqueueAsync(ApprovalCopyJob.JobKind, ApprovalCopyJob.Argument, cancellationToken);
        return true;
    }
}
