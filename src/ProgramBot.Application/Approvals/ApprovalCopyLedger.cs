using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Approvals;

/// <summary>
/// The bookkeeping shared by the deciding turn and the background job: the claim on each copy's update (so two
/// updates of one copy never run at once, and an older card never lands after a newer one), which version each
/// copy shows after an update, its failures and its next try (or that it is given up), and the claim on the
/// requester's notice.
/// </summary>
public sealed partial class ApprovalCopyLedger(IDataStore store, TimeProvider clock, IOptions<ApprovalCopyOptions> options, ILogger<ApprovalCopyLedger> logger)
{
    /// <summary>
    /// Claims the update of each copy to <paramref name="version"/> for <paramref name="lease"/>: the claims made, leaving out the
    /// copies given up, already up to date, behind a newer decision, or held by another update. With <paramref name="dueOnly"/>
    /// (the background job) a copy waiting after a failure is left until its next try.
    /// </summary>
    public async Task<IReadOnlyList<ApprovalCopyClaim>> ClaimAsync(
        long workspaceId, ApprovalId id, int version, IEnumerable<PostedMessage> messages, TimeSpan lease, bool dueOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var now = clock.GetUtcNow();
        var until = now + lease;
        var claimed = await store.WriteAsync<IReadOnlyList<ApprovalCopyClaim>>(
            async (uow, ct) =>
            {
                var claims = new List<ApprovalCopyClaim>();
                foreach (var message in messages)
                {
                    if (await uow.ApprovalCopies.ClaimUpdateAsync(workspaceId, id, message, version, now, until, dueOnly, ct) is { } failures)
                    {
                        claims.Add(new ApprovalCopyClaim(message, failures, until));
                    }
                }

                return claims;
            },
            cancellationToken);
        return claimed.Value;
    }

    /// <summary>
    /// Records how each claimed update ended, and ends its claim: a delivered copy now shows <paramref name="version"/>; a refused one
    /// (the bot left, the message is gone) is given up; a failed one is tried again later, after a longer wait each time, and given
    /// up after <see cref="ApprovalCopyOptions.UpdateAttempts"/> failures in a row. True when a delivered copy is still behind, because
    /// a newer decision committed while it was being updated: someone must update it again.
    /// </summary>
    public async Task<bool> RecordAsync(
        long workspaceId, ApprovalId id, int version, IReadOnlyList<(ApprovalCopyClaim Claim, DeliveryOutcome Outcome)> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var settings = options.Value;
        var recorded = await store.WriteAsync<(IReadOnlyList<ApprovalCopyClaim> Dropped, bool Behind)>(
            async (uow, ct) =>
            {
                var dropped = new List<ApprovalCopyClaim>();
                var behind = false;
                foreach (var (claim, outcome) in results)
                {
                    var failures = claim.Failures + 1;
                    if (outcome == DeliveryOutcome.Delivered)
                    {
                        behind |= await uow.ApprovalCopies.RecordShownAsync(workspaceId, id, claim.Message, version, claim.Until, ct);
                    }
                    else if (outcome == DeliveryOutcome.Refused || failures >= settings.UpdateAttempts)
                    {
                        await uow.ApprovalCopies.GiveUpAsync(workspaceId, id, claim.Message, now, ct);
                        if (outcome == DeliveryOutcome.Failed)
                        {
                            dropped.Add(claim);
                        }
                    }
                    else
                    {
                        await uow.ApprovalCopies.DeferUpdateAsync(workspaceId, id, claim.Message, claim.Until, failures, now + settings.DelayAfter(failures), ct);
                    }
                }

                return (dropped, behind);
            },
            cancellationToken);
        foreach (var claim in recorded.Value.Dropped)
        {
            CopyGivenUp(logger, id.ToString(), claim.Message.ActivityId, claim.Failures + 1);
        }

        return recorded.Value.Behind;
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

    /// <summary>Gives the claim made at <paramref name="claimedAt"/> back unsent (the send failed): a later run of the background job sends the notice.</summary>
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

    [LoggerMessage(1, LogLevel.Error, "Copy {ActivityId} of approval {ApprovalId} given up: its update failed {Failures} times in a row")]
    private static partial void CopyGivenUp(ILogger logger, string approvalId, string activityId, int failures);
}
