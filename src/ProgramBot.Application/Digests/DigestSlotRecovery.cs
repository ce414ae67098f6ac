using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Digests;

/// <summary>
/// Finds digest slots claimed but never completed — the process died between the claim and the end
/// of the send — once their lease has run out. A slot claimed once is sent again: its subscription's
/// job is queued, and the job takes the claim over (<see cref="DigestJob"/>). A slot already retried
/// once, or whose subscription is gone, is recorded as abandoned and closed; a retried one also marks
/// the subscription failing, so <c>digest list</c> shows that the digest did not go out.
/// </summary>
public sealed partial class DigestSlotRecovery(
    IDataStore store, IScheduler scheduler, TimeProvider clock, IOptions<DigestOptions> options, ILogger<DigestSlotRecovery> logger) : IClaimRecovery
{
    public const string AbandonedOutcome = "Abandoned: the bot stopped while sending it, twice";

    /// <summary>Recovers what is due and returns when the next open claim's lease runs out, or null when none is open.</summary>
    public async Task<DateTimeOffset?> RecoverAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lease = options.Value.ClaimLease;
        var open = await store.ReadAsync((uow, ct) => uow.Digests.ListOpenSlotsAsync(ct), cancellationToken);
        DateTimeOffset? nextExpiry = null;
        var queued = new HashSet<(long, int)>();
        foreach (var slot in open)
        {
            var expiry = slot.ClaimedAt + lease;
            if (expiry > now)
            {
                nextExpiry = nextExpiry is { } earlier && earlier < expiry ? earlier : expiry;
            }
            else if (!slot.Subscribed || slot.Claims >= DigestOptions.MaxClaims)
            {
                await AbandonAsync(slot, now, cancellationToken);
            }
            else if (queued.Add((slot.WorkspaceId, slot.Number)))
            {
                SlotRetried(logger, slot.WorkspaceId, slot.Number, slot.Slot, slot.ClaimedAt);
                await scheduler.EnqueueAsync(DigestJob.JobKind, DigestJob.ArgumentFor(slot.WorkspaceId, slot.Number), cancellationToken);
            }
        }

        return nextExpiry;
    }

    private async Task AbandonAsync(OpenDigestSlot slot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        SlotAbandoned(logger, slot.WorkspaceId, slot.Number, slot.Slot, slot.Claims, slot.Subscribed);
        var reason = $"the digest due {slot.Slot:yyyy-MM-dd HH:mm} UTC was not sent: the bot stopped while sending it";
        await store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                await uow.Digests.RecordAttemptAsync(slot.WorkspaceId, slot.Number, slot.Slot, AbandonedOutcome, now, ct);
                await uow.Digests.CompleteSlotAsync(slot.WorkspaceId, slot.Number, slot.Slot, now, now - options.Value.ClaimLease, ct);
                if (slot.Subscribed)
                {
                    await uow.Digests.SetFailingAsync(slot.WorkspaceId, slot.Number, reason, ct);
                }

                return Unit.Value;
            },
            cancellationToken);
    }

    [LoggerMessage(1, LogLevel.Warning,
        "Digest {Number} of workspace {WorkspaceId}: slot {Slot} was claimed at {ClaimedAt} and never completed; queued to send it again")]
    private static partial void SlotRetried(ILogger logger, long workspaceId, int number, DateTimeOffset slot, DateTimeOffset claimedAt);

    [LoggerMessage(2, LogLevel.Warning,
        "Digest {Number} of workspace {WorkspaceId}: slot {Slot} abandoned after {Claims} claim(s) (subscribed: {Subscribed})")]
    private static partial void SlotAbandoned(ILogger logger, long workspaceId, int number, DateTimeOffset slot, int claims, bool subscribed);
}
