using Microsoft.Extensions.Options;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Digests;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Tests.UseCases;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.Digests;

/// <summary>
/// Two consecutive scheduled digests of one subscription over seeded data: the second says what changed
/// since the first (percent, milestones now missed, risks escalated, who has reported since).
/// </summary>
public sealed class DigestContentTests : IAsyncLifetime
{
    private static readonly Sender Carol = new("tenant-a", "conv-a", "29:carol", "Carol");
    private readonly UseCaseHarness _app = new();
    private readonly RecordingMessenger _messenger = new();
    private DigestView _first = null!;
    private DigestView _second = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _app.Address = new ReplyAddress("msteams", "https://smba.example/emea/", "tenant-a", "28:bot", "ProgramBot", "channel");

        // Thursday 26 Nov 10:00 UTC: a daily 09:00 UTC digest, three tasks, two of them milestones.
        await _app.SendAsync("help", Sender.Bob);
        await _app.SendAsync("help", Carol);
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("digest subscribe #WEB daily 09:00 tz:UTC");
        await _app.SendAsync("task add Launch @bob due:2026-12-01 #WEB milestone");
        await _app.SendAsync("task add Beta @carol due:tomorrow #WEB milestone");
        await _app.SendAsync("task add Docs @bob #WEB");
        var job = new DigestJob(_app.Store, new NoticeSender(_app.Store, _messenger, _app.Clock, Options.Create(new NoticeOptions())), _app.Clock, Options.Create(new DigestOptions()));

        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        await job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);

        // Between the two: a task done, Bob reports, a risk is logged at a score that escalates it.
        _app.Clock.Advance(TimeSpan.FromHours(2));
        await _app.SendAsync("task done WEB-3");
        await _app.SendAsync("progress WEB-1 50% on track", Sender.Bob);
        await _app.SendAsync("risk add Vendor gone #WEB p:5 i:4");

        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        await job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        (_first, _second) = (Digest(0), Digest(1));
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public void FirstDigest_ListsTheMilestonesComingUp_AndEveryoneWhoHasNotReported()
    {
        var attention = _first.Attention!;

        Assert.Null(_first.Since);
        Assert.Equal(["WEB-2", "WEB-1"], attention.UpcomingMilestones!.First.Select(t => t.Id));
        Assert.All(attention.UpcomingMilestones.First, t => Assert.True(t.IsMilestone));
        Assert.Empty(attention.MissedMilestones!.First);
        Assert.Empty(attention.EscalatedRisks!);
        Assert.Equal(new[] { "Bob", "Carol" }, attention.NotReported!.First);
    }

    [Fact]
    public void SecondDigest_ComparesWithTheFirst()
    {
        var line = Assert.Single(_second.Projects);

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), _second.Since);
        Assert.Equal((33, (int?)33), (line.PercentComplete, line.PercentChange));
    }

    [Fact]
    public void SecondDigest_MovesTheMilestoneDueYesterday_ToMissed()
    {
        var attention = _second.Attention!;

        Assert.Equal(["WEB-1"], attention.UpcomingMilestones!.First.Select(t => t.Id));
        Assert.Equal(["WEB-2"], attention.MissedMilestones!.First.Select(t => t.Id));
        Assert.Equal(1, attention.MissedMilestones.Total);
        Assert.Equal("Carol", attention.MissedMilestones.First[0].AssigneeName);
    }

    [Fact]
    public void SecondDigest_ShowsTheEscalatedRisk_AndOnlyWhoStillHasNotReported()
    {
        var attention = _second.Attention!;

        Assert.Equal(["R-1"], attention.EscalatedRisks!.Select(r => r.Id));
        Assert.Equal(["R-1"], attention.NewRisks.Select(r => r.Id));
        Assert.Equal(["WEB-1"], attention.Reports!.Select(r => r.Target));
        Assert.Equal(new[] { "Carol" }, attention.NotReported!.First);
    }

    [Fact]
    public void EachSlot_IsSentOnce_ToTheSubscribedConversation()
    {
        Assert.Equal(2, _messenger.Sent.Count);
        Assert.All(_messenger.Sent, s => Assert.Equal("conv-a", s.Address.ConversationId));
    }

    private DigestView Digest(int index) => Assert.IsType<DigestView>(_messenger.Sent[index].View);
}
