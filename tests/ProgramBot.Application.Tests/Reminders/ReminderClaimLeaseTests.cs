using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Reminders;
using ProgramBot.Application.Tests.Digests;
using ProgramBot.Application.Tests.UseCases;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.Reminders;

/// <summary>
/// A reminder run that dies between its claim and the end of its send (here: its send hangs until the run
/// is cancelled, and nothing after the send runs). Carol is in America/New_York (UTC-5): 14:00 UTC is
/// 09:00 her time, 04:50 UTC is 23:50 the day before.
/// </summary>
public sealed class ReminderClaimLeaseTests : IAsyncLifetime
{
    private static readonly Sender Carol = new("tenant-a", "dm-carol", "29:carol", "Carol", "America/New_York");
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly UseCaseHarness _app = new();
    private readonly RecordingMessenger _messenger = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _app.Address = new ReplyAddress("msteams", "https://smba.example/emea/", "tenant-a", "28:bot", "ProgramBot", "personal");
        await _app.SendAsync("help", Carol);
        await _app.SendAsync("project new WEB Website");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task RunKilledWhileSending_IsTakenOverByTheNextRunAfterTheLease_ExactlyOnce()
    {
        await _app.SendAsync("task add Spec @carol due:2026-11-27 #WEB");
        await DieWhileSendingAsync(At(26, 14, 0));

        var retryWithinLease = await RunAsync(At(26, 14, 1));
        var nextRun = await RunAsync(At(26, 14, 15));
        var after = await RunAsync(At(26, 14, 30));

        Assert.Equal((0, 1, 0), (retryWithinLease.Sent, nextRun.Sent, after.Sent));
        var line = Assert.Single(Assert.IsType<ReminderView>(Assert.Single(_messenger.Sent).View).Lines);
        Assert.Equal(("WEB-1", ReminderKind.DueTomorrow), (line.TaskId, line.Kind));
        Assert.Equal(["Delivered: ok (1 attempts)"], await OutcomesAsync());
    }

    [Fact]
    public async Task ClaimLeftOpenTwice_IsRecordedAsAbandoned_AndNeverSent()
    {
        await _app.SendAsync("task add Spec @carol due:2026-11-27 #WEB");
        await DieWhileSendingAsync(At(26, 14, 0));
        await DieWhileSendingAsync(At(26, 14, 15));

        var third = await RunAsync(At(26, 14, 30));
        var fourth = await RunAsync(At(26, 14, 45));

        Assert.Equal((0, 1), (third.Sent, third.Abandoned));
        Assert.Equal((0, 0), (fourth.Sent, fourth.Abandoned));
        Assert.Empty(_messenger.Sent);
        Assert.Equal([ReminderClaimRecovery.GaveUpOutcome], await OutcomesAsync());
    }

    [Fact]
    public async Task DueTomorrowLeftOpenPastMidnight_IsNotSentLate_ButTheOverdueReminderStillGoes()
    {
        await _app.SendAsync("task add Spec @carol due:2026-11-27 #WEB");
        await DieWhileSendingAsync(At(27, 4, 50));

        var afterMidnight = await RunAsync(At(27, 5, 5));
        var dayAfterDue = await RunAsync(At(28, 14, 0));

        Assert.Equal((0, 1), (afterMidnight.Sent, afterMidnight.Abandoned));
        Assert.Equal(1, dayAfterDue.Sent);
        Assert.Equal(ReminderKind.Overdue, Assert.Single(Assert.IsType<ReminderView>(Assert.Single(_messenger.Sent).View).Lines).Kind);
        Assert.Equal([ReminderClaimRecovery.NoLongerTrueOutcome, "Delivered: ok (1 attempts)"], await OutcomesAsync());
    }

    [Fact]
    public async Task OverdueLeftOpenPastMidnight_WaitsForTheMembersHour_ThenIsSentOnce()
    {
        await _app.SendAsync("task add Spec @carol due:2026-11-26 #WEB");
        await DieWhileSendingAsync(At(28, 4, 50));

        var beforeTheHour = await RunAsync(At(28, 5, 5));
        var atTheHour = await RunAsync(At(28, 14, 0));
        var after = await RunAsync(At(28, 14, 15));

        Assert.Equal((0, 0), (beforeTheHour.Sent, beforeTheHour.Abandoned));
        Assert.Equal((1, 0), (atTheHour.Sent, after.Sent));
        Assert.Equal(ReminderKind.Overdue, Assert.Single(Assert.IsType<ReminderView>(Assert.Single(_messenger.Sent).View).Lines).Kind);
    }

    [Fact]
    public async Task TaskDoneBeforeTheTakeOver_IsNotRemindedLate()
    {
        await _app.SendAsync("task add Spec @carol due:2026-11-27 #WEB");
        await DieWhileSendingAsync(At(26, 14, 0));
        await _app.SendAsync("task done WEB-1", Carol);

        var nextRun = await RunAsync(At(26, 14, 15));

        Assert.Equal((0, 1), (nextRun.Sent, nextRun.Abandoned));
        Assert.Empty(_messenger.Sent);
    }

    private static DateTimeOffset At(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    private ReminderJob Job(IProactiveMessenger messenger) => ReminderJobs.Create(_app, messenger, Lease);

    private Task<ReminderRun> RunAsync(DateTimeOffset at)
    {
        _app.Clock.SetUtcNow(at);
        return Job(_messenger).RunOnceAsync(CancellationToken.None);
    }

    /// <summary>A run that claims, starts its send and is stopped there: it leaves its claims open, as a killed process does.</summary>
    private async Task DieWhileSendingAsync(DateTimeOffset at)
    {
        _app.Clock.SetUtcNow(at);
        var hanging = new HangingMessenger();
        using var kill = new CancellationTokenSource();
        var run = Job(hanging).RunOnceAsync(kill.Token);
        await Task.WhenAny(hanging.Started, run);
        Assert.True(hanging.Started.IsCompleted, "the dying run should have started a send");
        await kill.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    private async Task<IReadOnlyList<string>> OutcomesAsync()
    {
        await using var connection = new SqliteConnection(_app.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:ProgramBot"]);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT outcome FROM reminder_attempts ORDER BY id";
        var outcomes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            outcomes.Add(reader.GetString(0));
        }

        return outcomes;
    }
}
