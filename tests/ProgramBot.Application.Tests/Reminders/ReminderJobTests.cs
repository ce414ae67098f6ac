using ProgramBot.Application.Conversations;
using ProgramBot.Application.Reminders;
using ProgramBot.Application.Tests.Digests;
using ProgramBot.Application.Tests.UseCases;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.Reminders;

/// <summary>
/// Reminders at 09:00 in each assignee's own zone, in their personal chat, exactly once. Bob is in
/// Pacific/Auckland (UTC+13 in November), Carol in America/New_York (UTC-5); the clock starts on
/// Thursday 26 Nov 10:00 UTC, which is 23:00 Thursday for Bob and 05:00 Thursday for Carol.
/// </summary>
public sealed class ReminderJobTests : IAsyncLifetime
{
    private static readonly Sender Bob = new("tenant-a", "dm-bob", "29:bob", "Bob", "Pacific/Auckland");
    private static readonly Sender Carol = new("tenant-a", "dm-carol", "29:carol", "Carol", "America/New_York");
    private static readonly Sender Dave = new("tenant-a", "conv-a", "29:dave", "Dave", "America/New_York");
    private readonly UseCaseHarness _app = new();
    private readonly RecordingMessenger _messenger = new();
    private ReminderJob _job = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _job = ReminderJobs.Create(_app, _messenger);
        _app.Address = Address("personal");
        await _app.SendAsync("help", Bob);
        await _app.SendAsync("help", Carol);
        _app.Address = Address("channel");
        await _app.SendAsync("help", Dave);
        await _app.SendAsync("project new WEB Website");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task DueTomorrow_WaitsFor0900InTheAssigneesZone_ThenGoesOutOnce()
    {
        await _app.SendAsync("task add Spec @carol due:2026-11-27 #WEB");

        var early = await RunAtAsync(2026, 11, 26, 13, 45);
        var due = await RunAtAsync(2026, 11, 26, 14, 0);
        var again = await RunAtAsync(2026, 11, 26, 14, 15);

        Assert.Equal((0, 1, 0), (early.Sent, due.Sent, again.Sent));
        var (address, view) = Assert.Single(_messenger.Sent);
        Assert.Equal("dm-carol", address.ConversationId);
        Assert.Equal(new ReminderLine("WEB-1", "Spec", new DateOnly(2026, 11, 27), ReminderKind.DueTomorrow), Assert.Single(Assert.IsType<ReminderView>(view).Lines));
    }

    [Fact]
    public async Task DueTomorrow_IsReadInAuckland_ForAnAssigneeThere()
    {
        // 19:45 UTC is 08:45 Friday in Auckland; 20:00 UTC is 09:00 Friday, when Saturday's task is due tomorrow.
        await _app.SendAsync("task add Ship @bob due:2026-11-28 #WEB");

        var early = await RunAtAsync(2026, 11, 26, 19, 45);
        var due = await RunAtAsync(2026, 11, 26, 20, 0);

        Assert.Equal((0, 1), (early.Sent, due.Sent));
        Assert.Equal("dm-bob", Assert.Single(_messenger.Sent).Address.ConversationId);
    }

    [Fact]
    public async Task Overdue_IsSentOnce_OnTheFirstMorningAfterTheDueDate()
    {
        await _app.SendAsync("task add Spec @carol due:2026-11-27 #WEB");
        await RunAtAsync(2026, 11, 26, 14, 0);

        var overdue = await RunAtAsync(2026, 11, 28, 14, 0);
        var nextDay = await RunAtAsync(2026, 11, 29, 14, 0);

        Assert.Equal((1, 0), (overdue.Sent, nextDay.Sent));
        Assert.Equal(ReminderKind.Overdue, Lines(^1).Single().Kind);
    }

    [Fact]
    public async Task OneMessagePerMember_ListsEveryTaskDue()
    {
        await _app.SendAsync("task add Spec @carol due:2026-11-26 #WEB");
        await _app.SendAsync("task add Tests @carol due:2026-11-28 #WEB");
        await _app.SendAsync("task add Nothing yet @carol due:2026-12-10 #WEB");

        await RunAtAsync(2026, 11, 27, 14, 0);

        Assert.Equal(["WEB-1 Overdue", "WEB-2 DueTomorrow"], Lines(0).Select(l => $"{l.TaskId} {l.Kind}"));
    }

    [Fact]
    public async Task ConcurrentRuns_SendEachReminderOnce()
    {
        await _app.SendAsync("task add Spec @carol due:2026-11-27 #WEB");
        await _app.SendAsync("task add Ship @bob due:2026-11-28 #WEB");

        // 20:00 UTC: 15:00 Thursday for Carol, 09:00 Friday for Bob; each has a task due tomorrow.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero));

        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => _job.RunOnceAsync(CancellationToken.None))));

        Assert.Equal(2, runs.Sum(r => r.Sent));
        Assert.Equal(["dm-bob", "dm-carol"], _messenger.Sent.Select(s => s.Address.ConversationId).Order());
    }

    [Fact]
    public async Task AMovedDueDate_GetsItsOwnReminder()
    {
        await _app.SendAsync("task add Spec @carol due:2026-11-27 #WEB");
        await RunAtAsync(2026, 11, 26, 14, 0);
        await _app.SendAsync("task due WEB-1 2026-12-03");

        var moved = await RunAtAsync(2026, 12, 2, 14, 0);

        Assert.Equal(1, moved.Sent);
        Assert.Equal(new DateOnly(2026, 12, 3), Lines(^1).Single().Due);
    }

    [Fact]
    public async Task AMemberWithoutAPersonalChat_IsSkippedOnce_AndNothingIsSent()
    {
        await _app.SendAsync("task add Spec @dave due:2026-11-27 #WEB");
        await _app.SendAsync("task done WEB-1", Dave);
        await _app.SendAsync("task add Review @dave due:2026-11-27 #WEB");

        var first = await RunAtAsync(2026, 11, 26, 14, 0);
        var second = await RunAtAsync(2026, 11, 26, 14, 15);

        Assert.Equal((0, 1), (first.Sent, first.Skipped));
        Assert.Equal((0, 0), (second.Sent, second.Skipped));
        Assert.Empty(_messenger.Sent);
    }

    private static ReplyAddress Address(string type) => new("msteams", "https://smba.example/emea/", "tenant-a", "28:bot", "ProgramBot", type);

    private Task<ReminderRun> RunAtAsync(int year, int month, int day, int hour, int minute)
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero));
        return _job.RunOnceAsync(CancellationToken.None);
    }

    private IReadOnlyList<ReminderLine> Lines(Index index) => Assert.IsType<ReminderView>(_messenger.Sent[index].View).Lines;
}
