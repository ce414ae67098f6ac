using Microsoft.Extensions.Options;
using ProgramBot.Application.Digests;
using ProgramBot.Application.Reminders;
using ProgramBot.Application.Tests.UseCases;

namespace ProgramBot.Application.Tests.Digests;

public sealed class DigestScheduleKeeperTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();
    private readonly RecordingScheduler _scheduler = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Reconcile_KeepsAnEntryPerSubscription_AndTheRemindersEveryQuarterHour()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("digest subscribe #WEB weekdays 08:30");

        await Keeper(enabled: true).ReconcileAsync(CancellationToken.None);

        Assert.Equal((DigestJob.JobKind, "30 8 * * 1-5"), _scheduler.Entries["digest-1-1"]);
        Assert.Equal((ReminderJob.JobKind, "*/15 * * * *"), _scheduler.Entries[ReminderJob.EntryId]);
    }

    [Fact]
    public async Task Reconcile_RemovesTheRemindersEntry_WhenRemindersAreOff()
    {
        await Keeper(enabled: true).ReconcileAsync(CancellationToken.None);

        await Keeper(enabled: false).ReconcileAsync(CancellationToken.None);

        Assert.False(_scheduler.Entries.ContainsKey(ReminderJob.EntryId));
    }

    private DigestScheduleKeeper Keeper(bool enabled) =>
        new(_app.Store, _scheduler, Options.Create(new ReminderOptions { Enabled = enabled }));
}
