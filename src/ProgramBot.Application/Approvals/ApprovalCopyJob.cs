using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Dates;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Approvals;

/// <summary>
/// Finishes in the background what a deciding turn left: every approval-card copy still behind its
/// approval — cut off by the turn's reply budget, failed on a transient error, or never tried because the
/// process was killed after the decision committed — is updated through the proactive messenger (an update
/// is idempotent, so trying twice is harmless), and every requester's notice still owed is claimed and
/// posted once. Each copy's update is claimed first, for the version read, so it never runs beside the turn's
/// and an older card never lands last; a copy that keeps failing waits longer each time and is given up in the
/// end. Queued by the turn when something is left and by <see cref="ApprovalCopyRecovery"/>.
/// </summary>
public sealed partial class ApprovalCopyJob(
    IDataStore store, IProactiveMessenger messenger, ApprovalCopyLedger ledger, TimeProvider clock, IOptions<ApprovalCopyOptions> options,
    ILogger<ApprovalCopyJob> logger) : IScheduledJob
{
    public const string JobKind = "approval-copies";

    /// <summary>The job takes no argument: each run does whatever is left, for every approval.</summary>
    public const string Argument = "all";

    public const string AbandonedOutcome = "Abandoned: claimed three times and never posted (the post failed, or the bot stopped while posting it)";

    /// <summary>Rounds of copy updates in one run while copies are found still behind after their update.</summary>
    private const int MaxRounds = 3;

    public string Kind => JobKind;

    public Task RunAsync(string argument, CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    /// <summary>Updates the copies behind and posts the notices owed; returns how many of each went through.</summary>
    public async Task<(int Updated, int Notified)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var updated = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            // A copy updated while a newer decision committed is still behind: go round again for it (a few times at most;
            // what is left then waits for the sweep).
            var (count, behind) = await UpdateCopiesAsync(cancellationToken);
            updated += count;
            if (!behind)
            {
                break;
            }
        }

        var staleBefore = clock.GetUtcNow() - options.Value.NoticeLease;
        var notices = await store.ReadAsync((uow, ct) => uow.ApprovalCopies.ListDueNoticesAsync(staleBefore, ApprovalCopyOptions.Batch, ct), cancellationToken);
        var notified = 0;
        foreach (var notice in notices)
        {
            notified += await NotifyAsync(notice, staleBefore, cancellationToken) ? 1 : 0;
        }

        return (updated, notified);
    }

    private async Task<(int Updated, bool Behind)> UpdateCopiesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var copies = await store.ReadAsync((uow, ct) => uow.ApprovalCopies.ListOutdatedAsync(now, ApprovalCopyOptions.Batch, ct), cancellationToken);
        var (updated, behind) = (0, false);
        foreach (var approval in copies.GroupBy(c => (c.WorkspaceId, c.Id)))
        {
            var (count, stillBehind) = await UpdateAsync([.. approval], cancellationToken);
            (updated, behind) = (updated + count, behind || stillBehind);
        }

        return (updated, behind);
    }

    private async Task<(int Updated, bool Behind)> UpdateAsync(List<OutdatedApprovalCopy> copies, CancellationToken cancellationToken)
    {
        var (workspaceId, id) = (copies[0].WorkspaceId, copies[0].Id);
        var zone = UserClock.ResolveZone(copies[0].WorkspaceZone);
        var found = await store.ReadAsync(
            async (uow, ct) =>
            {
                var request = await uow.Approvals.FindAsync(workspaceId, id, ct);
                var view = request is null ? null : await ApprovalViews.CreateAsync(uow, request, zone, ct);
                var addresses = new List<ConversationAddress>();
                foreach (var copy in copies)
                {
                    addresses.Add(await AddressAsync(uow, workspaceId, copy.Message, ct));
                }

                return (view, addresses);
            },
            cancellationToken);
        if (found.view is not { } view)
        {
            return (0, false);
        }

        var (updated, behind) = (0, false);
        for (var i = 0; i < copies.Count; i++)
        {
            var (done, stillBehind) = await UpdateOneAsync(workspaceId, id, view, copies[i].Message, found.addresses[i], cancellationToken);
            (updated, behind) = (updated + (done ? 1 : 0), behind || stillBehind);
        }

        return (updated, behind);
    }

    /// <summary>
    /// Claims the copy's update for the version read, makes it and records it; the claim covers one send. When a decision
    /// committed meanwhile, the claim is refused (the newer one's turn holds it or it is left for the next run), or the copy is
    /// recorded as showing the version it got and stays behind for the next run: the card never ends on an older version.
    /// </summary>
    private async Task<(bool Updated, bool Behind)> UpdateOneAsync(
        long workspaceId, ApprovalId id, ApprovalView view, PostedMessage message, ConversationAddress address, CancellationToken cancellationToken)
    {
        if (await ledger.ClaimAsync(workspaceId, id, view.Version, [message], options.Value.NoticeLease, dueOnly: true, cancellationToken) is not [var claim])
        {
            return (false, false);
        }

        var result = await messenger.UpdateAsync(address, message.ActivityId, view, cancellationToken);
        if (result.Outcome != DeliveryOutcome.Delivered)
        {
            CopyNotUpdated(logger, id.ToString(), message.ActivityId, result.Outcome.ToString(), result.Reason);
        }

        var behind = await ledger.RecordAsync(workspaceId, id, view.Version, [(claim, result.Outcome)], cancellationToken);
        return (result.Outcome == DeliveryOutcome.Delivered, behind);
    }

    private async Task<bool> NotifyAsync(OpenApprovalNotice notice, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        var (workspaceId, id) = (notice.WorkspaceId, notice.Id);
        if (notice.Claims >= ApprovalCopyOptions.MaxNoticeClaims)
        {
            var abandoned = await store.WriteAsync<bool>(
                async (uow, ct) => await uow.ApprovalCopies.AbandonNoticeAsync(
                    workspaceId, id, staleBefore, ApprovalCopyOptions.MaxNoticeClaims, AbandonedOutcome, clock.GetUtcNow(), ct),
                cancellationToken);
            if (abandoned.Value)
            {
                NoticeAbandoned(logger, id.ToString(), workspaceId, notice.Claims);
            }

            return false;
        }

        if (await ledger.ClaimNoticeAsync(workspaceId, id, cancellationToken) is not { } claimedAt)
        {
            return false;
        }

        var address = await store.ReadAsync(
            async (uow, ct) => (await uow.Approvals.ListMessagesAsync(workspaceId, id, ct)) is [var first, ..] ? await AddressAsync(uow, workspaceId, first, ct) : null,
            cancellationToken);
        var result = address is null
            ? new DeliveryResult(DeliveryOutcome.Refused, 0, "no copy of the card left to post beside")
            : await messenger.SendAsync(address, notice.Notice, cancellationToken);
        if (result.Outcome == DeliveryOutcome.Failed)
        {
            // Timed out or failed after the messenger's retries: given back, so a later run posts it (MaxNoticeClaims bounds how often).
            NoticeNotSent(logger, id.ToString(), workspaceId, result.Reason);
            await ledger.ReleaseNoticeAsync(workspaceId, id, claimedAt, cancellationToken);
            return false;
        }

        await ledger.CompleteNoticeAsync(workspaceId, id, claimedAt, ApprovalCopyLedger.Describe(result), cancellationToken);
        return result.Outcome == DeliveryOutcome.Delivered;
    }

    /// <summary>The stored address of the copy's conversation (it has the bot's account there), else one made from the copy.</summary>
    private static async Task<ConversationAddress> AddressAsync(IUnitOfWork uow, long workspaceId, PostedMessage message, CancellationToken ct) =>
        await uow.ConversationAddresses.FindAsync(workspaceId, message.ConversationId, ct)
        ?? new ConversationAddress(workspaceId, message.ConversationId, message.ChannelId, message.ServiceUrl, message.TenantId, string.Empty, null);

    [LoggerMessage(1, LogLevel.Warning, "Copy {ActivityId} of approval {ApprovalId} not updated in the background: {Outcome} ({Reason})")]
    private static partial void CopyNotUpdated(ILogger logger, string approvalId, string activityId, string outcome, string? reason);

    [LoggerMessage(2, LogLevel.Warning, "Requester's notice of approval {ApprovalId} in workspace {WorkspaceId} abandoned after {Claims} claims")]
    private static partial void NoticeAbandoned(ILogger logger, string approvalId, long workspaceId, int claims);

    [LoggerMessage(3, LogLevel.Warning, "Requester's notice of approval {ApprovalId} in workspace {WorkspaceId} not posted ({Reason}); given back for a later run")]
    private static partial void NoticeNotSent(ILogger logger, string approvalId, long workspaceId, string? reason);
}
