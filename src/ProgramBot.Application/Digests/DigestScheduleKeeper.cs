using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Reminders;

namespace ProgramBot.Application.Digests;

/// <summary>
/// Keeps the scheduler's recurring entries in step with the subscriptions table, the source of
/// truth: adds or updates an entry per subscription and removes entries whose subscription is gone;
/// and keeps the task reminders' entry (every 15 minutes, UTC) unless reminders are off. Idempotent, so every instance may run it.
/// </summary>
public sealed class DigestScheduleKeeper(IDataStore store, IScheduler scheduler, IOptions<ReminderOptions> reminders)
{
    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var subscriptions = await store.ReadAsync((uow, ct) => uow.Digests.ListAllAsync(ct), cancellationToken);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subscription in subscriptions)
        {
            if (DigestSubscriptions.ToSchedule(subscription.Schedule) is not { } schedule)
            {
                continue;
            }

            var id = DigestCron.EntryId(subscription.WorkspaceId, subscription.Number);
            wanted.Add(id);
            await scheduler.AddOrUpdateRecurringAsync(
                id, DigestJob.JobKind, DigestJob.ArgumentFor(subscription.WorkspaceId, subscription.Number), DigestCron.For(schedule),
                TimeZoneInfo.FindSystemTimeZoneById(schedule.ZoneId), cancellationToken);
        }

        if (reminders.Value.Enabled)
        {
            await scheduler.AddOrUpdateRecurringAsync(ReminderJob.EntryId, ReminderJob.JobKind, ReminderJob.EntryId, ReminderJob.Cron, TimeZoneInfo.Utc, cancellationToken);
        }
        else
        {
            await scheduler.RemoveRecurringAsync(ReminderJob.EntryId, cancellationToken);
        }

        foreach (var stale in (await scheduler.ListRecurringAsync(DigestCron.EntryPrefix, cancellationToken)).Where(id => !wanted.Contains(id)))
        {
            await scheduler.RemoveRecurringAsync(stale, cancellationToken);
        }
    }
}
