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
    private static readonly Sender Carol = new("tenant-a", "conv-a", "29:carol", "Carol");
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
    public async Task CopyFailingOnATransientError_IsTriedAgainAfterAGrowingWait_UntilItGoesThrough()
    {
        await DecideAsync();
        _app.Messenger.UpdateAnswer = new DeliveryResult(DeliveryOutcome.Failed, 1, "502 after retries");

        var failed = await _job.RunOnceAsync(CancellationToken.None);
        var failedAgainAtOnce = await _job.RunOnceAsync(CancellationToken.None);
        var tooSoon = await _job.RunOnceAsync(CancellationToken.None);
        _app.Clock.Advance(Options.RetryDelay);
        _app.Messenger.UpdateAnswer = null;
        var retried = await _job.RunOnceAsync(CancellationToken.None);
        var after = await _job.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 0, 0, 1, 0), (failed.Updated, failedAgainAtOnce.Updated, tooSoon.Updated, retried.Updated, after.Updated));
        Assert.Equal(3, _app.Messenger.Updated.Count);
    }

    [Fact]
    public async Task CopyWhoseUpdateKeepsFailing_IsGivenUp_AfterTheMostAttempts()
    {
        await DecideAsync();
        _app.Messenger.UpdateAnswer = new DeliveryResult(DeliveryOutcome.Failed, 1, "400: the card is too large");

        for (var attempt = 0; attempt < Options.UpdateAttempts + 2; attempt++)
        {
            await _job.RunOnceAsync(CancellationToken.None);
            _app.Clock.Advance(Options.MaxRetryDelay);
        }

        Assert.Equal(Options.UpdateAttempts, _app.Messenger.Updated.Count);
        Assert.Empty(await _app.Store.ReadAsync((uow, ct) => uow.Approvals.ListMessagesAsync(_workspaceId, A1, ct), CancellationToken.None));
        Assert.Empty(await OutdatedAsync());
    }

    [Fact]
    public async Task NewerCopy_IsStillReached_WhileABatchOfOlderOnesKeepsFailing()
    {
        var alice = await _app.ContextAsync(Sender.Alice);
        var approvals = _app.Services.GetRequiredService<ApprovalQueryHandler>();
        for (var copy = 2; copy <= ApprovalCopyOptions.Batch; copy++)
        {
            await approvals.RecordMessageAsync(alice, A1, Card with { ActivityId = $"card-{copy}" }, shownVersion: 0, CancellationToken.None);
        }

        await DecideAsync();
        var a2 = await RequestAsync("approval request budget Travel 2k #WEB approvers:@bob", "newer-card");
        await DecideAsync(a2, Sender.Bob);
        _app.Messenger.OnUpdate = activityId => Task.FromResult<DeliveryResult?>(
            activityId == "newer-card" ? null : new DeliveryResult(DeliveryOutcome.Failed, 1, "502 after retries"));

        var first = await _job.RunOnceAsync(CancellationToken.None);
        var second = await _job.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (first.Updated, second.Updated));
        Assert.DoesNotContain(_app.Messenger.Updated.Take(ApprovalCopyOptions.Batch), u => u.ActivityId == "newer-card");
        Assert.Equal("newer-card", _app.Messenger.Updated[ApprovalCopyOptions.Batch].ActivityId);
    }

    [Fact]
    public async Task DecisionCommittedWhileTheJobUpdatesACopy_LeavesTheCopyBehind_AndTheSameRunGoesRoundToShowTheNewerVersion()
    {
        await _app.SendAsync("help", Carol);
        var a2 = await RequestAsync("approval request budget Travel 2k #WEB approvers:@bob,@carol policy:all", "card-a2");
        await DecideAsync(a2, Sender.Bob);
        IReadOnlyList<ApprovalCopyClaim>? turnClaims = null;
        _app.Messenger.OnUpdate = async _ =>
        {
            // While the job's update of version 1 is in flight, Carol's decision commits and its turn tries the same copy.
            _app.Messenger.OnUpdate = null;
            await DecideAsync(a2, Carol);
            turnClaims = await Ledger.ClaimAsync(_workspaceId, a2, 2, [Card with { ActivityId = "card-a2" }], Options.NoticeLease, dueOnly: false, CancellationToken.None);
            return null;
        };

        var (updated, _) = await _job.RunOnceAsync(CancellationToken.None);

        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<ApprovalCopyClaim>>(turnClaims));
        Assert.Equal(2, updated);
        var shown = _app.Messenger.Updated.Where(u => u.ActivityId == "card-a2").Select(u => Assert.IsType<ApprovalView>(u.View).Version);
        Assert.Equal([1, 2], shown);
        Assert.Empty(await OutdatedAsync());
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task RecordAsync_SaysACopyIsStillBehind_OnlyWhenADecisionCommittedWhileItWasUpdated(bool decidedMeanwhile, bool behind)
    {
        await _app.SendAsync("help", Carol);
        var a2 = await RequestAsync("approval request budget Travel 2k #WEB approvers:@bob,@carol policy:all", "card-a2");
        await DecideAsync(a2, Sender.Bob);
        var copy = Card with { ActivityId = "card-a2" };
        var claims = await Ledger.ClaimAsync(_workspaceId, a2, 1, [copy], Options.NoticeLease, dueOnly: false, CancellationToken.None);
        if (decidedMeanwhile)
        {
            await DecideAsync(a2, Carol);
        }

        var stillBehind = await Ledger.RecordAsync(_workspaceId, a2, 1, [(Assert.Single(claims), DeliveryOutcome.Delivered)], CancellationToken.None);

        Assert.Equal(behind, stillBehind);
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
    public async Task NoticeWhosePostFails_IsGivenBack_AndPostedByTheNextRun()
    {
        await DecideAsync();
        _app.Messenger.Answer = new DeliveryResult(DeliveryOutcome.Failed, 4, "timed out after retries");
        _app.Messenger.UpdateAnswer = new DeliveryResult(DeliveryOutcome.Delivered, 1, null);

        var failed = await _job.RunOnceAsync(CancellationToken.None);
        var givenBack = Assert.Single(await DueNoticesAsync());
        _app.Messenger.Answer = new DeliveryResult(DeliveryOutcome.Delivered, 1, null);
        var retried = await _job.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (failed.Notified, retried.Notified));
        Assert.Equal((null, 1), (givenBack.ClaimedAt, givenBack.Claims));
        Assert.Equal(2, _app.Messenger.Sent.Count);
        Assert.Empty(await DueNoticesAsync());
    }

    [Fact]
    public async Task NoticeWhosePostKeepsFailing_IsAbandoned_AfterTheMostClaims()
    {
        await DecideAsync();
        _app.Messenger.Answer = new DeliveryResult(DeliveryOutcome.Failed, 4, "502 after retries");
        _app.Messenger.UpdateAnswer = new DeliveryResult(DeliveryOutcome.Delivered, 1, null);

        for (var run = 0; run <= ApprovalCopyOptions.MaxNoticeClaims; run++)
        {
            await _job.RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(ApprovalCopyOptions.MaxNoticeClaims, _app.Messenger.Sent.Count);
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

    [Fact]
    public async Task Recovery_AsksToRunAgain_WhenAFailingCopysNextTryComes()
    {
        var recovery = new ApprovalCopyRecovery(_app.Store, new RecordingScheduler(), _app.Clock, _app.Services.GetRequiredService<IOptions<ApprovalCopyOptions>>());
        await DecideAsync();
        _app.Messenger.UpdateAnswer = new DeliveryResult(DeliveryOutcome.Failed, 1, "502 after retries");
        await _job.RunOnceAsync(CancellationToken.None);
        await _job.RunOnceAsync(CancellationToken.None);

        var next = await recovery.RecoverAsync(CancellationToken.None);

        Assert.Equal(_app.Clock.GetUtcNow() + Options.RetryDelay, next);
    }

    private ApprovalCopyLedger Ledger => _app.Services.GetRequiredService<ApprovalCopyLedger>();

    private ApprovalCopyOptions Options => _app.Services.GetRequiredService<IOptions<ApprovalCopyOptions>>().Value;

    private TimeSpan Lease => Options.NoticeLease;

    /// <summary>Bob approves; the turn that decided is gone before it touched any copy.</summary>
    private Task DecideAsync() => DecideAsync(A1, Sender.Bob);

    private async Task DecideAsync(ApprovalId id, Sender approver)
    {
        var outcome = await _app.Services.GetRequiredService<ApprovalDecisionHandler>()
            .DecideAsync(id, approve: true, comment: null, await _app.ContextAsync(approver), CancellationToken.None);
        Assert.True(outcome.Changed);
    }

    /// <summary>Alice asks once more; the new card was posted once in her channel as <paramref name="activityId"/>.</summary>
    private async Task<ApprovalId> RequestAsync(string text, string activityId)
    {
        await _app.SendAsync(text);
        var id = new ApprovalId(2);
        await _app.Services.GetRequiredService<ApprovalQueryHandler>()
            .RecordMessageAsync(await _app.ContextAsync(Sender.Alice), id, Card with { ActivityId = activityId }, shownVersion: 0, CancellationToken.None);
        return id;
    }

    private Task<IReadOnlyList<OutdatedApprovalCopy>> OutdatedAsync() =>
        _app.Store.ReadAsync((uow, ct) => uow.ApprovalCopies.ListOutdatedAsync(DateTimeOffset.MaxValue, 10, ct), CancellationToken.None);

    private Task<IReadOnlyList<OpenApprovalNotice>> DueNoticesAsync() =>
        _app.Store.ReadAsync((uow, ct) => uow.ApprovalCopies.ListDueNoticesAsync(DateTimeOffset.MaxValue, 10, ct), CancellationToken.None);
}
