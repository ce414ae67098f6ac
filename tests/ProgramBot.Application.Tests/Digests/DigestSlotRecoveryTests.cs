using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Digests;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Tests.UseCases;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.Digests;

/// <summary>
/// A digest slot claimed by a process that died before its send finished: sent once after the lease,
/// or — after a second death — recorded as not sent and shown as failing.
/// </summary>
public sealed class DigestSlotRecoveryTests : IAsyncLifetime
{
    // The daily 09:00 UTC slot of Friday 27 Nov.
    private static readonly DateTimeOffset Slot = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private readonly UseCaseHarness _app = new();
    private readonly RecordingMessenger _messenger = new();
    private readonly RecordingScheduler _scheduler = new();
    private DigestJob _job = null!;
    private DigestSlotRecovery _recovery = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _app.Address = new ReplyAddress("msteams", "https://smba.example/emea/", "tenant-a", "28:bot", "ProgramBot", "channel");
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("digest subscribe #WEB daily 09:00 tz:UTC");
        var options = Options.Create(new DigestOptions { ClaimLease = Lease });
        _job = new DigestJob(_app.Store, new NoticeSender(_app.Store, _messenger, _app.Clock, Options.Create(new NoticeOptions())), _app.Clock, options);
        _recovery = new DigestSlotRecovery(_app.Store, _scheduler, _app.Clock, options, NullLogger<DigestSlotRecovery>.Instance);
        _app.Clock.SetUtcNow(Slot);
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ClaimLeftOpenByACrash_IsSentOnce_AfterTheLease()
    {
        await ClaimAndDieAsync();

        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        var beforeLease = await _recovery.RecoverAsync(CancellationToken.None);
        var queuedBeforeLease = _scheduler.Enqueued.Count;
        _app.Clock.Advance(TimeSpan.FromMinutes(6));
        await _recovery.RecoverAsync(CancellationToken.None);
        await _job.RunAsync(Assert.Single(_scheduler.Enqueued).Argument, CancellationToken.None);
        await _job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        var afterDelivery = await _recovery.RecoverAsync(CancellationToken.None);

        Assert.Equal((Slot + Lease, 0), (beforeLease, queuedBeforeLease));
        Assert.Equal((DigestJob.JobKind, DigestJob.ArgumentFor(1, 1)), _scheduler.Enqueued[0]);
        Assert.Single(_messenger.Sent);
        Assert.Null(afterDelivery);
        Assert.Single(_scheduler.Enqueued);
    }

    [Fact]
    public async Task ClaimLeftOpenTwice_IsRecordedAsNotSent_AndTheSubscriptionShowsFailing()
    {
        await ClaimAndDieAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(11));
        await ClaimAndDieAsync();

        _app.Clock.Advance(TimeSpan.FromMinutes(11));
        var next = await _recovery.RecoverAsync(CancellationToken.None);
        await _job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        var list = await _app.SendAsync<DigestListView>("digest list");

        Assert.Null(next);
        Assert.Empty(_scheduler.Enqueued);
        Assert.Empty(_messenger.Sent);
        Assert.Contains("was not sent: the bot stopped while sending it", list.Items.Single().FailingReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunThatFailsBeforeSending_GivesTheSlotBack_SoItsRetrySendsAtOnce()
    {
        // Read 1 finds the subscription, read 2 builds the digest after the claim: it fails, as under a locked database.
        var failing = new DigestJob(new FailingReadStore(_app.Store, failingRead: 2), new NoticeSender(_app.Store, _messenger, _app.Clock, Options.Create(new NoticeOptions())), _app.Clock, Options.Create(new DigestOptions { ClaimLease = Lease }));

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => failing.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None));
        Assert.Equal("the database went away", thrown.Message);
        var open = await _app.Store.ReadAsync((uow, ct) => uow.Digests.ListOpenSlotsAsync(ct), CancellationToken.None);
        Assert.Equal(DateTimeOffset.MinValue, Assert.Single(open).ClaimedAt);
        await _job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        await _job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);

        Assert.Single(_messenger.Sent);
    }

    /// <summary>What a process leaves behind when it is killed between the claim and the end of the send.</summary>
    private async Task ClaimAndDieAsync()
    {
        var now = _app.Clock.GetUtcNow();
        var claimed = await _app.Store.WriteAsync<bool>(
            async (uow, ct) => await uow.Digests.ClaimSlotAsync(1, 1, Slot, now, now - Lease, DigestOptions.MaxClaims, ct), CancellationToken.None);
        Assert.True(claimed.Value);
    }
}
