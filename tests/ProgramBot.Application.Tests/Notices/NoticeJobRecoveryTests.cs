using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Tests.UseCases;

namespace ProgramBot.Application.Tests.Notices;

/// <summary>
/// Slip notices survive the process dying after the change's commit (its job never ran) and while sending (a
/// conversation claimed, never told): the sweep queues the job again after the lease, and each conversation hears once.
/// </summary>
public sealed class NoticeJobRecoveryTests : IAsyncLifetime
{
    private static readonly TimeSpan AfterLease = new NoticeOptions().ClaimLease + TimeSpan.FromMinutes(1);
    private readonly UseCaseHarness _app = new();
    private NoticeJobRecovery _recovery = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.SendAsync("project new API Backend");
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("project bind #API", Sender.Alice with { Conversation = "conv-api" });
        await _app.SendAsync("project bind #WEB", Sender.Alice with { Conversation = "conv-web" });
        await _app.SendAsync("task add Endpoint due:2026-12-10 #API");
        await _app.SendAsync("task add Page due:2026-12-10 #WEB");
        await _app.SendAsync("task depends WEB-1 on API-1");
        await _app.AddressAsync("conv-api");
        await _app.AddressAsync("conv-web");
        _recovery = _app.Services.GetRequiredService<NoticeJobRecovery>();
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task JobLostWithTheProcess_IsQueuedAgainAfterTheLease_AndTellsEachConversationOnce()
    {
        _app.Scheduler.DropJobs = true;
        await _app.SendAsync("task due API-1 2026-12-17");
        _app.Scheduler.DropJobs = false;

        await _recovery.RecoverAsync(CancellationToken.None);
        var beforeLease = _app.Messenger.Texts.Count;
        _app.Clock.Advance(AfterLease);
        var afterQueuing = await _recovery.RecoverAsync(CancellationToken.None);
        var next = await _recovery.RecoverAsync(CancellationToken.None);

        Assert.Equal(0, beforeLease);
        Assert.Equal(_app.Clock.GetUtcNow() + new NoticeOptions().ClaimLease, afterQueuing);
        Assert.Equal(["conv-api", "conv-web"], _app.Messenger.Texts.Select(t => t.ConversationId).Order());
        Assert.Null(next);
    }

    [Fact]
    public async Task SchedulerDown_CountsNoQueuing_AndTheSweepQueuesTheJobOnceItIsBack()
    {
        _app.Scheduler.Down = true;
        await _app.SendAsync("task due API-1 2026-12-17");
        _app.Clock.Advance(new NoticeOptions().QueueGrace + TimeSpan.FromSeconds(1));
        var whileDown = await _recovery.RecoverAsync(CancellationToken.None);
        var queuedWhileDown = await _app.ScalarAsync("SELECT queued || ' ' || coalesce(queued_at, '-') FROM notice_jobs");

        _app.Scheduler.Down = false;
        _app.Clock.Advance(new NoticeOptions().QueueGrace);
        await _recovery.RecoverAsync(CancellationToken.None);

        Assert.Equal(("0 -", _app.Clock.GetUtcNow()), (queuedWhileDown, whileDown));
        Assert.Equal(["conv-api", "conv-web"], _app.Messenger.Texts.Select(t => t.ConversationId).Order());
    }

    [Fact]
    public async Task RunDyingWhileSending_IsTakenOver_WithoutTellingAnyoneTwice()
    {
        _app.Messenger.CrashOn.Add("conv-web");
        await _app.SendAsync("task due API-1 2026-12-17");
        _app.Messenger.CrashOn.Clear();

        _app.Clock.Advance(AfterLease);
        await _recovery.RecoverAsync(CancellationToken.None);

        Assert.Equal(["conv-api", "conv-web"], _app.Messenger.Texts.Select(t => t.ConversationId).Order());
        Assert.Equal("told 2 of 2", await _app.ScalarAsync("SELECT outcome FROM notice_jobs"));
    }

    [Fact]
    public async Task JobThatNeverFinishes_IsGivenUp_AfterItsQueuings()
    {
        _app.Messenger.CrashOn.Add("conv-web");
        await _app.SendAsync("task due API-1 2026-12-17");
        for (var round = 0; round < 4; round++)
        {
            _app.Clock.Advance(AfterLease);
            await _recovery.RecoverAsync(CancellationToken.None);
        }

        var next = await _recovery.RecoverAsync(CancellationToken.None);

        Assert.Equal(["conv-api"], _app.Messenger.Texts.Select(t => t.ConversationId));
        Assert.Equal(2, _app.Scheduler.Failures.Count); // the third run finds the conversation's claims spent and sends nothing
        Assert.Equal((NoticeJobRecovery.AbandonedOutcome, "3"), (await _app.ScalarAsync("SELECT outcome FROM notice_jobs"), await _app.ScalarAsync("SELECT queued FROM notice_jobs")));
        Assert.Null(next);
    }
}
