using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Reminders;

/// <summary>
/// Task reminders, run every few minutes: each member whose day has reached 09:00 (their zone, else the
/// workspace's) gets one message in their personal chat listing their tasks due tomorrow and those newly
/// overdue. Every reminder is claimed in the database before anything is sent, so a retried or
/// concurrent run, a restart or another instance never sends it twice; a member with no personal chat
/// with the bot is skipped, logged and recorded.
/// </summary>
public sealed partial class ReminderJob(IDataStore store, IProactiveMessenger messenger, TimeProvider clock, ILogger<ReminderJob> logger) : IScheduledJob
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
        var candidates = await store.ReadAsync((uow, ct) => uow.Reminders.ListCandidatesAsync(ReminderPlanner.LatestTomorrow(now), ct), cancellationToken);
        var (sent, skipped) = (0, 0);
        foreach (var member in ReminderPlanner.Plan(candidates, now))
        {
            var (claimed, address) = await ClaimAsync(member, now, cancellationToken);
            if (claimed.Count == 0)
            {
                continue;
            }

            if (address is null)
            {
                ReminderSkipped(logger, member.WorkspaceId, member.MemberId, claimed.Count);
                skipped++;
                continue;
            }

            var lines = claimed.Select(c => new ReminderLine(c.Task.TaskId, c.Task.Title, c.Task.DueDate, c.Kind)).ToList();
            var result = await messenger.SendAsync(address, new ReminderView(member.MemberName, lines), cancellationToken);
            if (result.Outcome != DeliveryOutcome.Delivered)
            {
                ReminderNotDelivered(logger, member.WorkspaceId, member.MemberId, result.Outcome.ToString());
            }

            await store.WriteAsync<bool>(
                async (uow, ct) =>
                {
                    var outcome = $"{result.Outcome}: {result.Reason ?? "ok"} ({result.Attempts} attempts)";
                    await uow.Reminders.RecordAttemptAsync(member.WorkspaceId, member.MemberId, Describe(claimed), outcome, clock.GetUtcNow(), ct);
                    return true;
                },
                cancellationToken);
            sent++;
        }

        return new ReminderRun(sent, skipped);
    }

    /// <summary>Claims the member's reminders and finds their personal chat in one write; a miss is recorded there too.</summary>
    private async Task<(IReadOnlyList<(ReminderCandidate Task, ReminderKind Kind)> Claimed, ConversationAddress? Address)> ClaimAsync(
        MemberReminders member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await store.WriteAsync<(IReadOnlyList<(ReminderCandidate Task, ReminderKind Kind)>, ConversationAddress?)>(
            async (uow, ct) =>
            {
                var claimed = new List<(ReminderCandidate Task, ReminderKind Kind)>();
                foreach (var item in member.Items)
                {
                    if (await uow.Reminders.ClaimAsync(item.Task, ReminderKinds.Name(item.Kind), now, ct))
                    {
                        claimed.Add(item);
                    }
                }

                if (claimed.Count == 0)
                {
                    return (claimed, null);
                }

                var personal = await uow.ConversationAddresses.FindPersonalAsync(member.WorkspaceId, [member.MemberId], ct);
                var address = personal.GetValueOrDefault(member.MemberId);
                if (address is null)
                {
                    await uow.Reminders.RecordAttemptAsync(member.WorkspaceId, member.MemberId, Describe(claimed), NoPersonalConversation, now, ct);
                }

                return (claimed, address);
            },
            cancellationToken);
        return result.Value;
    }

    private static string Describe(IEnumerable<(ReminderCandidate Task, ReminderKind Kind)> items) =>
        string.Join(", ", items.Select(i => $"{i.Task.TaskId} {ReminderKinds.Name(i.Kind)}"));

    [LoggerMessage(1, LogLevel.Warning, "Reminders for member {MemberId} of workspace {WorkspaceId} skipped: no personal conversation with the bot ({Count} tasks)")]
    private static partial void ReminderSkipped(ILogger logger, long workspaceId, long memberId, int count);

    [LoggerMessage(2, LogLevel.Warning, "Reminder for member {MemberId} of workspace {WorkspaceId} not delivered: {Outcome}")]
    private static partial void ReminderNotDelivered(ILogger logger, long workspaceId, long memberId, string outcome);
}
