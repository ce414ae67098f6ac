using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class DigestSubscriptionTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Subscribe_StoresTheScheduleInTheSendersZone_AndShowsTheNextRun()
    {
        await _app.SendAsync("project new WEB Website");
        var berlin = Sender.Alice with { TimeZone = "Europe/Berlin" };

        var subscribed = await _app.SendAsync<DigestSubscribedView>("digest subscribe #WEB weekly mon 09:00", berlin);
        var listed = await _app.SendAsync<DigestListView>("digest list", berlin);

        // Thursday 2026-11-26 10:00 UTC: the next Monday 09:00 in Berlin is 30 Nov, 08:00 UTC (winter time).
        Assert.Equal(("D-1", "project WEB", "weekly on Monday at 09:00 (Europe/Berlin)"), (subscribed.Subscription.Id, subscribed.Subscription.Scope, subscribed.Subscription.Schedule));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), subscribed.Subscription.NextRun?.ToUniversalTime());
        Assert.Equal([subscribed.Subscription], listed.Items);
    }

    [Fact]
    public async Task Subscribe_IsRefused_ForSomeoneWhoIsNeitherTheManagerNorAnAdmin()
    {
        await _app.SendAsync("project new WEB Website");

        var refused = await _app.SendAsync<ErrorView>("digest subscribe #WEB daily", Sender.Bob);
        var listed = await _app.SendAsync<DigestListView>("digest list", Sender.Bob);

        Assert.Equal("Only the project's manager or a workspace admin can subscribe or unsubscribe its digests. Workspace admin: Alice.", refused.Reason);
        Assert.Empty(listed.Items);
    }

    [Theory]
    [InlineData("digest subscribe #WEB fortnightly", "fortnightly")]
    [InlineData("digest subscribe #WEB daily at 25:00", "25:00")]
    [InlineData("digest subscribe #WEB daily tz:Mars/Olympus", "Mars/Olympus")]
    [InlineData("digest subscribe #NOPE daily", "There's no project NOPE here.")]
    [InlineData("digest subscribe program:NOPE daily", "There's no program NOPE here.")]
    public async Task Subscribe_RefusesBadInput_WithTheReason(string text, string reason)
    {
        await _app.SendAsync("project new WEB Website");

        var refused = await _app.SendAsync<ErrorView>(text);

        Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
        Assert.Empty((await _app.SendAsync<DigestListView>("digest list")).Items);
    }

    [Fact]
    public async Task Unsubscribe_RemovesIt_OnlyForTheManagerOrAnAdmin()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("digest subscribe #WEB weekdays 08:30");

        var refused = await _app.SendAsync<ErrorView>("digest unsubscribe D-1", Sender.Bob);
        var stopped = await _app.SendAsync<MessageView>("digest unsubscribe D-1");
        var unknown = await _app.SendAsync<ErrorView>("digest unsubscribe D-1");

        Assert.StartsWith("Only the project's manager or a workspace admin", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("Stopped digest D-1.", stopped.Text);
        Assert.StartsWith("There's no digest D-1 here.", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestNow_ShowsTheScopeToAnyone_AndRemembersNothing()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add One #WEB");
        await _app.SendAsync("task add Two #WEB");
        await _app.SendAsync("task done WEB-1");
        await _app.SendAsync("risk add Vendor slip #WEB p:3 i:4");

        var now = await _app.SendAsync<DigestView>("digest now #WEB", Sender.Bob);
        var listed = await _app.SendAsync<DigestListView>("digest list");

        Assert.True(now.OnDemand);
        var line = Assert.Single(now.Projects);
        Assert.Equal(("WEB", 50, (int?)null), (line.Key, line.PercentComplete, line.PercentChange));
        Assert.Equal(["R-1"], now.TopRisks.Select(r => r.Id));
        Assert.Empty(listed.Items);
    }

    [Fact]
    public async Task Digest_ListsWhatNeedsAttention()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Late due:tomorrow #WEB <at>Bob</at>", null, new MentionedUser("Bob", "29:bob", "Bob"));
        await _app.SendAsync("task add Stuck #WEB");
        await _app.SendAsync("task block WEB-2 vendor silent");
        await _app.SendAsync("approval request budget Extra 10k #WEB approvers:@bob");
        await _app.SendAsync("progress WEB-2 30% half way");
        await _app.SendAsync("progress #WEB 40% rag:amber vendor slow");
        _app.Clock.Advance(TimeSpan.FromDays(3));

        var digest = await _app.SendAsync<DigestView>("digest now #WEB");

        var attention = digest.Attention!;
        Assert.Equal(["WEB-1"], attention.Overdue.Select(t => t.Id));
        Assert.Equal(1, attention.OverdueTotal);
        Assert.Equal("Bob", attention.Overdue[0].AssigneeName);
        Assert.Equal(["vendor silent"], attention.Blocked.Select(t => t.BlockedReason));
        Assert.Equal([new WaitingApproval("A-1", "Extra 10k", 3)], attention.OldestApprovals);
        Assert.Empty(attention.NewRisks);
        Assert.Equal(["WEB", "WEB-2"], attention.Reports!.Select(r => r.Target));
    }

    [Fact]
    public async Task Subscribe_WithCronInAnotherZone_ComputesThatZonesSlot()
    {
        await _app.SendAsync("program new APOLLO Storefront");

        var subscribed = await _app.SendAsync<DigestSubscribedView>("digest subscribe program:APOLLO cron \"0 9 * * 1-5\" tz:America/New_York");

        Assert.Equal("program APOLLO", subscribed.Subscription.Scope);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero), subscribed.Subscription.NextRun?.ToUniversalTime());
    }
}
