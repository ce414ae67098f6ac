using System.Globalization;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Dates;
using ProgramBot.Application.Digests.Schedules;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Digests;

/// <summary>
/// The scheduled digest of one subscription (argument <c>workspaceId:number</c>). It works out the
/// slot that is due — the newest since the last delivery, so downtime yields one catch-up digest —
/// claims it in the database before sending, so retries, restarts and other instances never post
/// the same slot twice, records every attempt, and completes the claim when the attempt ends. A
/// claim left open by a process that died while sending is taken over once after the lease (see
/// <see cref="DigestSlotRecovery"/>). A program's digest for its stakeholders goes to each of them too, in their
/// personal chat; every send of a slot is claimed per conversation, so a take-over repeats none that finished.
/// </summary>
public sealed class DigestJob(IDataStore store, NoticeSender sender, TimeProvider clock, IOptions<DigestOptions> options) : IScheduledJob
{
    public const string JobKind = "digest";

    /// <summary>Hangfire rounds schedule times to whole seconds and may start a job a little early.</summary>
    private static readonly TimeSpan EarlyStart = TimeSpan.FromSeconds(2);

    private const string UnknownAddress = "the conversation's address is unknown: post any message there once";

    public string Kind => JobKind;

    public static string ArgumentFor(long workspaceId, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{workspaceId}:{number}");

    public async Task RunAsync(string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var parts = argument.Split(':');
        var (workspaceId, number) = (long.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        var now = clock.GetUtcNow();
        var subscription = await store.ReadAsync((uow, ct) => uow.Digests.FindAsync(workspaceId, number, ct), cancellationToken);
        if (subscription is null || DigestSubscriptions.ToSchedule(subscription.Schedule) is not { } schedule
            || DigestCatchUp.LatestSlotAtOrBefore(schedule, now + EarlyStart, subscription.LastSlot ?? subscription.CreatedAt) is not { } slot)
        {
            return;
        }

        var staleBefore = now - options.Value.ClaimLease;
        var claimed = await store.WriteAsync<bool>(
            async (uow, ct) => await uow.Digests.ClaimSlotAsync(workspaceId, number, slot, now, staleBefore, DigestOptions.MaxClaims, ct), cancellationToken);
        if (!claimed.Value)
        {
            return;
        }

        await DeliverAsync(subscription, slot, now, cancellationToken);
    }

    /// <summary>The subject of one slot's sends in <see cref="INoticeRepository"/>: the conversation's post and the stakeholders' copies.</summary>
    public static string Subject(int number, DateTimeOffset slot) =>
        string.Create(CultureInfo.InvariantCulture, $"digest:{number}:{slot.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");

    private async Task DeliverAsync(DigestSubscription subscription, DateTimeOffset slot, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        (DigestView View, string Snapshot, DigestAudience Audience) built;
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(subscription.Schedule.ZoneId);
            built = await store.ReadAsync(
                async (uow, ct) =>
                {
                    var (digest, snap) = await DigestBuilder.BuildAsync(uow, subscription, slot, UserClock.Today(clock, zone), ct);
                    return (digest, snap, await DigestAudience.ReadAsync(uow, subscription, ct));
                },
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing was sent: end this claim's lease, so the job's retry takes the slot over now rather than
            // after the lease. (Should this write fail too, the lease still runs out and the sweep recovers it.)
            await store.WriteAsync<Unit>(
                async (uow, ct) =>
                {
                    await uow.Digests.ReleaseClaimAsync(subscription.WorkspaceId, subscription.Number, slot, claimedAt, ct);
                    return Unit.Value;
                },
                CancellationToken.None);
            throw;
        }

        // Every send of the slot is claimed per conversation: a run taking over a dead one's slot (it claimed the slot
        // after every claim the dead run made) sends only what the dead run did not finish.
        var (view, snapshot, audience) = built;
        var subject = Subject(subscription.Number, slot);
        var here = audience.Here is null
            ? new NoticeSend(NoticeSendStatus.Sent, false, $"{DeliveryOutcome.Refused}: {UnknownAddress} (0 attempts)", new DeliveryResult(DeliveryOutcome.Refused, 0, UnknownAddress))
            : await sender.SendOnceAsync(subscription.WorkspaceId, subject, audience.Here, view, claimedAt, cancellationToken);
        var copies = 0;
        var heldSince = claimedAt;
        foreach (var copy in audience.Copies)
        {
            // A lease covers one send, not twenty: renew it before each copy, and stop if another run has taken the slot over.
            var renewedAt = clock.GetUtcNow();
            if (!(await store.WriteAsync<bool>(
                async (uow, ct) => await uow.Digests.RenewClaimAsync(subscription.WorkspaceId, subscription.Number, slot, heldSince, renewedAt, ct),
                cancellationToken)).Value)
            {
                return;
            }

            heldSince = renewedAt;
            copies += (await sender.SendOnceAsync(subscription.WorkspaceId, subject, copy, view, claimedAt, cancellationToken)).Delivered ? 1 : 0;
        }

        var outcome = (here.Status == NoticeSendStatus.Busy ? DigestSlotRecovery.AbandonedOutcome : here.Outcome)
            + (subscription.ToStakeholders ? $"; stakeholders: {copies} of {audience.Copies.Count + audience.Unreachable} told ({audience.Unreachable} without a personal chat)" : string.Empty);
        await store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                var now = clock.GetUtcNow();
                await uow.Digests.RecordAttemptAsync(subscription.WorkspaceId, subscription.Number, slot, outcome, now, ct);
                await uow.Digests.CompleteSlotAsync(subscription.WorkspaceId, subscription.Number, slot, now, now - options.Value.ClaimLease, ct);
                if (here.Delivered)
                {
                    await uow.Digests.RecordDeliveredAsync(subscription.WorkspaceId, subscription.Number, slot, snapshot, ct);
                }
                else if (here.Result?.Outcome == DeliveryOutcome.Refused)
                {
                    await uow.Digests.SetFailingAsync(subscription.WorkspaceId, subscription.Number, here.Result.Reason, ct);
                }

                return Unit.Value;
            },
            cancellationToken);
    }
}
