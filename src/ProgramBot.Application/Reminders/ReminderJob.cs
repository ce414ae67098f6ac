using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Reminders;

/// <summary>
/// Task reminders, run every few minutes: each member whose day has reached 09:00 (their zone, else the
/// workspace's) gets one message in their personal chat listing their tasks due tomorrow and those newly
/// overdue. Every reminder is claimed in the database before anything is sent, so a retried or
/// concurrent run, a restart or another instance never sends it twice, and the claims are completed once
/// the send has ended, whatever its outcome. A claim a dead run left open is taken over once by a run
/// after the lease (<see cref="ReminderOptions.ClaimLease"/>), unless it no longer holds
/// (<see cref="ReminderClaimRecovery"/>). A member with no personal chat with the bot is skipped, logged and recorded.
/// </summary>
public sealed partial class ReminderJob(
    IDataStore store, IProactiveMessenger messenger, ReminderClaimRecovery recovery, TimeProvider clock, IOptions<ReminderOptions> options,
    ILogger<ReminderJob> logger) : IScheduledJob
{
    public const string JobKind = "reminders";

    /// <summary>The scheduler's recurring entry and its timing: every 15 minutes, so a reminder leaves by 09:15 local time.</summary>
    public const string EntryId = "reminders";

    public const string Cron = "*/15 * * * *";

    public const string NoPersonalConversation = "no personal conversation";

    public string Kind => JobKind;

    public Task RunAsync(string argument, CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    public async Task<ReminderRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (candidates, stale) = await store.ReadAsync(
            async (uow, ct) => (await uow.Reminders.ListCandidatesAsync(ReminderPlanner.LatestTomorrow(now), ct),
                                await uow.Reminders.ListStaleClaimsAsync(now - options.Value.ClaimLease, ct)),
            cancellationToken);
        var abandoned = await recovery.AbandonAsync(stale, candidates, now, cancellationToken);
        var (sent, skipped) = (0, 0);
        foreach (var member in ReminderPlanner.Plan(candidates, now))
        {
            var claim = await ClaimAsync(member, cancellationToken);
            if (claim.Items.Count == 0)
            {
                continue;
            }

            if (claim.Address is null)
            {
                ReminderSkipped(logger, member.WorkspaceId, member.MemberId, claim.Items.Count);
                skipped++;
                continue;
            }

            await SendAsync(member, claim, claim.Address, cancellationToken);
            sent++;
        }

        return new ReminderRun(sent, skipped, abandoned);
    }

    /// <summary>
    /// Claims the member's reminders and finds their personal chat in one write; a miss is recorded and its
    /// claims completed there too, as nothing will be sent.
    /// </summary>
    private async Task<ClaimedReminders> ClaimAsync(MemberReminders member, CancellationToken cancellationToken)
    {
        // Each member's claims are dated when made, so a long run never starts a late member's lease already spent.
        var now = clock.GetUtcNow();
        var staleBefore = now - options.Value.ClaimLease;
        var result = await store.WriteAsync<ClaimedReminders>(
            async (uow, ct) =>
            {
                var claimed = new List<(ReminderCandidate Task, ReminderKind Kind)>();
                foreach (var item in member.Items)
                {
                    if (await uow.Reminders.ClaimAsync(item.Task, ReminderKinds.Name(item.Kind), now, staleBefore, ReminderOptions.MaxClaims, ct))
                    {
                        claimed.Add(item);
                    }
                }

                if (claimed.Count == 0)
                {
                    return new ClaimedReminders(claimed, null, now);
                }

                var personal = await uow.ConversationAddresses.FindPersonalAsync(member.WorkspaceId, [member.MemberId], ct);
                var address = personal.GetValueOrDefault(member.MemberId);
                if (address is null)
                {
                    await uow.Reminders.RecordAttemptAsync(member.WorkspaceId, member.MemberId, Describe(claimed), NoPersonalConversation, now, ct);
                    await CompleteAsync(uow, claimed, now, now, ct);
                }

                return new ClaimedReminders(claimed, address, now);
            },
            cancellationToken);
        return result.Value;
    }

    /// <summary>Sends the member's message, then records the attempt and completes the claims, whatever the outcome.</summary>
    private async Task SendAsync(MemberReminders member, ClaimedReminders claim, ConversationAddress address, CancellationToken cancellationToken)
    {
        var lines = claim.Items.Select(c => new ReminderLine(c.Task.TaskId, c.Task.Title, c.Task.DueDate, c.Kind)).ToList();
        var result = await messenger.SendAsync(address, new ReminderView(member.MemberName, lines), cancellationToken);
        if (result.Outcome != DeliveryOutcome.Delivered)
        {
            ReminderNotDelivered(logger, member.WorkspaceId, member.MemberId, result.Outcome.ToString());
        }

        await store.WriteAsync<bool>(
            async (uow, ct) =>
            {
                var now = clock.GetUtcNow();
                var outcome = $"{result.Outcome}: {result.Reason ?? "ok"} ({result.Attempts} attempts)";
                await uow.Reminders.RecordAttemptAsync(member.WorkspaceId, member.MemberId, Describe(claim.Items), outcome, now, ct);
                await CompleteAsync(uow, claim.Items, claim.ClaimedAt, now, ct);
                return true;
            },
            cancellationToken);
    }

    private static async Task CompleteAsync(
        IUnitOfWork uow, IEnumerable<(ReminderCandidate Task, ReminderKind Kind)> items, DateTimeOffset claimedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (task, kind) in items)
        {
            await uow.Reminders.CompleteAsync(task.SlotFor(ReminderKinds.Name(kind)), claimedAt, now, cancellationToken);
        }
    }

    private static string Describe(IEnumerable<(ReminderCandidate Task, ReminderKind Kind)> items) =>
        string.Join(", ", items.Select(i => $"{i.Task.TaskId} {ReminderKinds.Name(i.Kind)}"));

    [LoggerMessage(1, LogLevel.Warning, "Reminders for member {MemberId} of workspace {WorkspaceId} skipped: no personal conversation with the bot ({Count} tasks)")]
    private static partial void ReminderSkipped(ILogger logger, long workspaceId, long memberId, int count);

    [LoggerMessage(2, LogLevel.Warning, "Reminder for member {MemberId} of workspace {WorkspaceId} not delivered: {Outcome}")]
    private static partial void ReminderNotDelivered(ILogger logger, long workspaceId, long memberId, string outcome);
}
