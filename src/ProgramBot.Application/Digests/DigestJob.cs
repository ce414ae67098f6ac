using System.Globalization;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Dates;
using ProgramBot.Application.Digests.Schedules;
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
/// <see cref="DigestSlotRecovery"/>).
/// </summary>
public sealed class DigestJob(IDataStore store, IProactiveMessenger messenger, TimeProvider clock, IOptions<DigestOptions> options) : IScheduledJob
{
    public const string JobKind = "digest";

    /// <summary>Hangfire rounds schedule times to whole seconds and may start a job a little early.</summary>
    private static readonly TimeSpan EarlyStart = TimeSpan.FromSeconds(2);

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

    private async Task DeliverAsync(DigestSubscription subscription, DateTimeOffset slot, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        (DigestView View, string Snapshot, ConversationAddress? Address) built;
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(subscription.Schedule.ZoneId);
            built = await store.ReadAsync(
                async (uow, ct) =>
                {
                    var (digest, snap) = await DigestBuilder.BuildAsync(uow, subscription, slot, UserClock.Today(clock, zone), ct);
                    return (digest, snap, await uow.ConversationAddresses.FindAsync(subscription.WorkspaceId, subscription.ConversationId, ct));
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

        var (view, snapshot, address) = built;
        var result = address is null
            ? new DeliveryResult(DeliveryOutcome.Refused, 0, "the conversation's address is unknown: post any message there once")
            : await messenger.SendAsync(address, view, cancellationToken);
        await store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                var now = clock.GetUtcNow();
                await uow.Digests.RecordAttemptAsync(subscription.WorkspaceId, subscription.Number, slot, $"{result.Outcome}: {result.Reason ?? "ok"} ({result.Attempts} attempts)", now, ct);
                await uow.Digests.CompleteSlotAsync(subscription.WorkspaceId, subscription.Number, slot, now, now - options.Value.ClaimLease, ct);
                if (result.Outcome == DeliveryOutcome.Delivered)
                {
                    await uow.Digests.RecordDeliveredAsync(subscription.WorkspaceId, subscription.Number, slot, snapshot, ct);
                }
                else if (result.Outcome == DeliveryOutcome.Refused)
                {
                    await uow.Digests.SetFailingAsync(subscription.WorkspaceId, subscription.Number, result.Reason, ct);
                }

                return Unit.Value;
            },
            cancellationToken);
    }
}
