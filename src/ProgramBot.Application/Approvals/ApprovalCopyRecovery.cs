using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Approvals;

/// <summary>
/// Looks for approval-card copies still behind and requesters' notices still owed — left by a turn that
/// was cut off, failed or was killed after its decision committed — and queues <see cref="ApprovalCopyJob"/>
/// when there are any. Run at start-up and every <see cref="ApprovalCopyOptions.SweepPeriod"/>.
/// </summary>
public sealed class ApprovalCopyRecovery(IDataStore store, IScheduler scheduler, TimeProvider clock, IOptions<ApprovalCopyOptions> options)
{
    /// <summary>True when it queued the job.</summary>
    public async Task<bool> RecoverAsync(CancellationToken cancellationToken)
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
