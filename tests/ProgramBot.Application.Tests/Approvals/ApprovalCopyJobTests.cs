using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Approvals;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Tests.Digests;
using ProgramBot.Application.Tests.UseCases;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Tests.Approvals;

/// <summary>
/// A decision committed by a turn that never updated the card's copies nor told the requester (it was
/// killed, or cut off): the background job does both, once. Alice asks, Bob approves; the card was
/// posted once in Alice's channel as message <c>card-1</c>.
/// </summary>
public sealed class ApprovalCopyJobTests : IAsyncLifetime
{
    private static readonly ApprovalId A1 = new(1);
    private static readonly PostedMessage Card = new("msteams", "https://smba.example/emea/", "conv-a", "card-1", "tenant-a");
    private readonly UseCaseHarness _app = new();
    private ApprovalCopyJob _job = null!;
    private long _workspaceId;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _app.Address = new ReplyAddress("msteams", "https://smba.example/emea/", "tenant-a", "28:bot", "ProgramBot", "channel");
        await _app.SendAsync("help", Sender.Bob);
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("approval request budget Extra 10k #WEB approvers:@bob");
        var alice = await _app.ContextAsync(Sender.Alice);
        _workspaceId = alice.WorkspaceId;
        await _app.Services.GetRequiredService<ApprovalQueryHandler>().RecordMessageAsync(alice, A1, Card, shownVersion: 0, CancellationToken.None);
        _job = _app.Services.GetServices<IScheduledJob>().OfType<ApprovalCopyJob>().Single();
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task DecisionWhoseTurnDidNothingMore_IsFinishedByTheJob_Once()
    {
        await DecideAsync();

        var first = await _job.RunOnceAsync(CancellationToken.None);
        var second = await _job.RunOnceAsync(CancellationToken.None);

        Assert.Equal(((1, 1), (0, 0)), (first, second));
        var (address, activityId, view) = Assert.Single(_app.Messenger.Updated);
        Assert.Equal(("conv-a", "28:bot", "card-1"), (address.ConversationId, address.BotId, activityId));
        Assert.Equal(ApprovalStatus.Approved, Assert.IsType<ApprovalView>(view).Status);
        var notice = Assert.IsType<RequesterNotice>(Assert.Single(_app.Messenger.Sent).View);
        Assert.Equal(("Alice", "A-1 \"Extra 10k\" was approved by Bob."), (notice.Name, notice.Text));
    }

    [Fact]
    public async Task CopyTheBotCanNoLongerReach_IsGivenUp_AndNotTriedAgain()
    {
        await DecideAsync();
        _app.Messenger.UpdateAnswer = new DeliveryResult(DeliveryOutcome.Refused, 1, "403: the bot can no longer post in this conversation");

        await _job.RunOnceAsync(CancellationToken.None);
        await _job.RunOnceAsync(CancellationToken.None);

        Assert.Single(_app.Messenger.Updated);
        Assert.Empty(await _app.Store.ReadAsync((uow, ct) => uow.Approvals.ListMessagesAsync(_workspaceId, A1, ct), CancellationToken.None));
        Assert.Empty(_app.Messenger.Sent);
        Assert.Empty(await DueNoticesAsync());
    }

    [Fact]
    public async Task CopyFailingOnATransientError_IsTriedAgainByTheNextRun_UntilItGoesThrough()
    {
        await DecideAsync();
        _app.Messenger.UpdateAnswer = new DeliveryResult(DeliveryOutcome.Failed, 1, "502 after retries");

        var failed = await _job.RunOnceAsync(CancellationToken.None);
        _app.Messenger.UpdateAnswer = null;
        var retried = await _job.RunOnceAsync(CancellationToken.None);
        var after = await _job.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1, 0), (failed.Updated, retried.Updated, after.Updated));
        Assert.Equal(2, _app.Messenger.Updated.Count);
    }

    [Fact]
    public async Task NoticeClaimedByAProcessThatDied_IsPostedOnce_AfterTheLease()
    {
        await DecideAsync();
        Assert.NotNull(await Ledger.ClaimNoticeAsync(_workspaceId, A1, CancellationToken.None));

        var withinLease = await _job.RunOnceAsync(CancellationToken.None);
        _app.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var afterLease = await _job.RunOnceAsync(CancellationToken.None);
        var again = await _job.RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 0), withinLease);
        Assert.Equal((0, 1, 0), (afterLease.Updated, afterLease.Notified, again.Notified));
        Assert.Single(_app.Messenger.Sent);
    }

    [Fact]
    public async Task NoticeLeftOpenByEveryClaim_IsAbandoned_NotPosted()
    {
        await DecideAsync();
        for (var claim = 0; claim < ApprovalCopyOptions.MaxNoticeClaims; claim++)
        {
            Assert.NotNull(await Ledger.ClaimNoticeAsync(_workspaceId, A1, CancellationToken.None));
            _app.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        }

        var run = await _job.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, run.Notified);
        Assert.Empty(_app.Messenger.Sent);
        Assert.Empty(await DueNoticesAsync());
    }

    [Fact]
    public async Task Recovery_QueuesTheJob_OnlyWhileSomethingIsLeft()
    {
        var scheduler = new RecordingScheduler();
        var recovery = new ApprovalCopyRecovery(_app.Store, scheduler, _app.Clock, _app.Services.GetRequiredService<IOptions<ApprovalCopyOptions>>());

        var beforeDecision = await recovery.QueueIfLeftAsync(CancellationToken.None);
        await DecideAsync();
        var afterDecision = await recovery.QueueIfLeftAsync(CancellationToken.None);
        await _job.RunOnceAsync(CancellationToken.None);
        var afterJob = await recovery.QueueIfLeftAsync(CancellationToken.None);

        Assert.Equal((false, true, false), (beforeDecision, afterDecision, afterJob));
        Assert.Equal([(ApprovalCopyJob.JobKind, ApprovalCopyJob.Argument)], scheduler.Enqueued);
    }

    private ApprovalCopyLedger Ledger => _app.Services.GetRequiredService<ApprovalCopyLedger>();

    private TimeSpan Lease => _app.Services.GetRequiredService<IOptions<ApprovalCopyOptions>>().Value.NoticeLease;

    /// <summary>Bob approves; the turn that decided is gone before it touched any copy.</summary>
    private async Task DecideAsync()
    {
        var outcome = await _app.Services.GetRequiredService<ApprovalDecisionHandler>()
            .DecideAsync(A1, approve: true, comment: null, await _app.ContextAsync(Sender.Bob), CancellationToken.None);
        Assert.True(outcome.Changed);
    }

    private Task<IReadOnlyList<OpenApprovalNotice>> DueNoticesAsync() =>
        _app.Store.ReadAsync((uow, ct) => uow.ApprovalCopies.ListDueNoticesAsync(DateTimeOffset.MaxValue, 10, ct), CancellationToken.None);
}
