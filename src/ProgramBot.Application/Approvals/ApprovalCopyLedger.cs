using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Approvals;

/// <summary>
/// The bookkeeping shared by the deciding turn and the background job: which version each copy of an
/// approval card shows after an update (or that it is given up), and the claim on the requester's notice.
/// </summary>
public sealed class ApprovalCopyLedger(IDataStore store, TimeProvider clock, IOptions<ApprovalCopyOptions> options)
{
    /// <summary>
    /// Records how each copy's update ended: delivered copies now show <paramref name="version"/>; refused ones
    /// (the bot left, the message is gone) are given up; failed ones stay behind for the background job.
    /// </summary>
    public async Task RecordAsync(
        long workspaceId, ApprovalId id, int version, IReadOnlyList<(PostedMessage Message, DeliveryOutcome Outcome)> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.All(r => r.Outcome == DeliveryOutcome.Failed))
        {
            return;
        }

        await store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                foreach (var (message, outcome) in results)
                {
                    if (outcome == DeliveryOutcome.Delivered)
                    {
                        await uow.ApprovalCopies.RecordShownAsync(workspaceId, id, message, version, ct);
                    }
                    else if (outcome == DeliveryOutcome.Refused)
                    {
                        await uow.ApprovalCopies.GiveUpAsync(workspaceId, id, message, clock.GetUtcNow(), ct);
                    }
                }

                return Unit.Value;
            },
            cancellationToken);
    }

    /// <summary>Claims the requester's notice: the claim's time, or null when it is sent, owned by a live claim, or claimed too often.</summary>
    public async Task<DateTimeOffset?> ClaimNoticeAsync(long workspaceId, ApprovalId id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var staleBefore = now - options.Value.NoticeLease;
        var claimed = await store.WriteAsync<bool>(
            async (uow, ct) => await uow.ApprovalCopies.ClaimNoticeAsync(workspaceId, id, now, staleBefore, ApprovalCopyOptions.MaxNoticeClaims, ct),
            cancellationToken);
        return claimed.Value ? now : null;
    }

    /// <summary>Ends the claim made at <paramref name="claimedAt"/>: completed with how the send ended.</summary>
    public Task CompleteNoticeAsync(long workspaceId, ApprovalId id, DateTimeOffset claimedAt, string outcome, CancellationToken cancellationToken) =>
        store.WriteAsync<bool>(
            async (uow, ct) => await uow.ApprovalCopies.CompleteNoticeAsync(workspaceId, id, claimedAt, outcome, clock.GetUtcNow(), ct),
            cancellationToken);

    /// <summary>Gives the claim made at <paramref name="claimedAt"/> back unsent: the background job sends the notice.</summary>
    public Task ReleaseNoticeAsync(long workspaceId, ApprovalId id, DateTimeOffset claimedAt, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                await uow.ApprovalCopies.ReleaseNoticeAsync(workspaceId, id, claimedAt, ct);
                return Unit.Value;
            },
            cancellationToken);

    /// <summary>How a send ended, as recorded with the notice.</summary>
    public static string Describe(DeliveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"{result.Outcome}: {result.Reason ?? "ok"} ({result.Attempts} attempts)";
    }
}
