using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Digests;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Tests.UseCases;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.Digests;

/// <summary>A program's digest goes to its stakeholders too, once each, even when the run sending it dies.</summary>
public sealed class DigestStakeholderCopyTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Slot = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly Sender Carol = Sender.Bob with { Id = "29:carol", Name = "Carol" };
    private readonly UseCaseHarness _app = new();
    private readonly RecordingMessenger _messenger = new();
    private DigestJob _job = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _app.Address = new ReplyAddress("msteams", "https://smba.example/emea/", "tenant-a", "28:bot", "ProgramBot", "channel");
        await _app.SendAsync("help", Sender.Bob);
        await _app.SendAsync("help", Carol);
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("program new APOLLO Storefront");
        await _app.SendAsync("program add-project APOLLO #WEB");
        await _app.SendAsync("program stakeholders APOLLO @bob @carol");
        await _app.PersonalAsync("bob-personal", "29:bob");
        var notices = new NoticeSender(_app.Store, _messenger, _app.Clock, Options.Create(new NoticeOptions { ClaimLease = Lease }));
        _job = new DigestJob(_app.Store, notices, _app.Clock, Options.Create(new DigestOptions { ClaimLease = Lease }));
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ProgramDigest_GoesHere_AndToEachStakeholderWithAPersonalChat()
    {
        var subscribed = await _app.SendAsync<DigestSubscribedView>("digest subscribe program:APOLLO daily 09:00 tz:UTC");
        _app.Clock.SetUtcNow(Slot);

        await _job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);

        Assert.Equal(2, subscribed.Subscription.Stakeholders);
        Assert.Equal(["bob-personal", "conv-a"], Conversations().Order());
        Assert.All(_messenger.Sent, s => Assert.IsType<DigestView>(s.View));
        Assert.Contains("stakeholders: 1 of 2 told (1 without a personal chat)", await LastAttemptAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StakeholdersOff_KeepsTheDigestHere()
    {
        var subscribed = await _app.SendAsync<DigestSubscribedView>("digest subscribe program:APOLLO daily 09:00 tz:UTC stakeholders:off");
        _app.Clock.SetUtcNow(Slot);

        await _job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);

        Assert.Null(subscribed.Subscription.Stakeholders);
        Assert.Equal(["conv-a"], Conversations());
    }

    [Fact]
    public async Task RunDyingBetweenTheCopies_IsTakenOver_WithoutPostingHereAgain()
    {
        await _app.SendAsync("digest subscribe program:APOLLO daily 09:00 tz:UTC");
        _app.Clock.SetUtcNow(Slot);
        _messenger.CrashOn.Add("bob-personal");
        await Assert.ThrowsAsync<InvalidOperationException>(() => _job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None));

        _messenger.CrashOn.Clear();
        _app.Clock.Advance(Lease + TimeSpan.FromMinutes(1));
        var recovery = new DigestSlotRecovery(_app.Store, new InlineScheduler(_app.Services), _app.Clock,
            Options.Create(new DigestOptions { ClaimLease = Lease }), NullLogger<DigestSlotRecovery>.Instance);
        await _job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        var next = await recovery.RecoverAsync(CancellationToken.None);

        Assert.Equal(["bob-personal", "conv-a"], Conversations().Order());
        Assert.Null(next);
    }

    [Fact]
    public async Task LongRunWithCopies_RenewsItsSlot_AndStopsOnceAnotherRunHasTakenItOver()
    {
        await _app.SendAsync("program stakeholders APOLLO @bob @carol");
        await _app.PersonalAsync("carol-personal", "29:carol");
        await _app.SendAsync("digest subscribe program:APOLLO daily 09:00 tz:UTC");
        _app.Clock.SetUtcNow(Slot);
        var claimedBeforeBob = string.Empty;
        _messenger.BeforeSend = async address =>
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(1));
            if (address.ConversationId == "bob-personal")
            {
                // Another run takes the slot over while the copy to Bob is on its way.
                claimedBeforeBob = await _app.ScalarAsync("SELECT claimed_at FROM digest_slots") ?? string.Empty;
                await _app.ScalarAsync("UPDATE digest_slots SET claimed_at = '2099-01-01T00:00:00.0000000+00:00', claims = 2");
            }
        };

        await _job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);

        Assert.Equal(["conv-a", "bob-personal"], Conversations());
        Assert.StartsWith("2026-11-27T09:01:00", claimedBeforeBob, StringComparison.Ordinal);
        Assert.Equal("1", await _app.ScalarAsync("SELECT completed_at IS NULL FROM digest_slots"));
    }

    [Theory]
    [InlineData("digest subscribe #WEB daily 09:00 stakeholders:off")]
    [InlineData("digest subscribe daily 09:00 stakeholders:off")]
    public async Task StakeholdersOff_WithoutAProgram_IsExplained(string line)
    {
        var error = await _app.SendAsync<ErrorView>(line);

        Assert.Contains("Only a program's digest goes to its stakeholders", error.Reason, StringComparison.Ordinal);
    }

    private IReadOnlyList<string> Conversations() => [.. _messenger.Sent.Select(s => s.Address.ConversationId)];

    private async Task<string> LastAttemptAsync() => await _app.ScalarAsync("SELECT outcome FROM digest_attempts ORDER BY id DESC LIMIT 1") ?? string.Empty;
}
