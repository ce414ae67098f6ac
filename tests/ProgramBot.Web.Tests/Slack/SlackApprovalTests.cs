using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Approvals;
using ProgramBot.TestKit.Fakes;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>Approvals decided from Slack buttons and the reject modal, checked on the server, every copy updated.</summary>
public sealed partial class SlackApprovalTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>
{
    [Fact]
    public async Task Approve_ByTheApprover_UpdatesThePostedMessage_AndTellsTheRequester()
    {
        var (alice, dana) = People("C0901");
        var card = await RequestAsync(alice, dana, "APA");
        var updates = fixture.Api.Calls("chat.update").Count;

        var after = await dana.AwaitRepliesAsync(p => p.ClickAsync("approval.approve", Id(card), card.ReplyId!));

        var update = fixture.Api.Calls("chat.update").Skip(updates).Last();
        Assert.Equal(card.ReplyId, (string?)update.Body?["ts"]);
        Assert.Equal("C0901", (string?)update.Body?["channel"]);
        Assert.Contains("approved", update.Text, StringComparison.Ordinal);
        Assert.Empty(Buttons(update));
        Assert.Contains("<@U0001>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_WhenSlackFailsTheCopyUpdateInTheTurn_TheBackgroundJobUpdatesItOnce()
    {
        var (alice, dana) = People("C0905");
        var card = await RequestAsync(alice, dana, "APE");
        var (updates, posts) = (fixture.Api.Calls("chat.update").Count, fixture.Api.Calls("chat.postMessage").Count);
        fixture.Api.FailNextWith("internal_error");

        await dana.AwaitRepliesAsync(p => p.ClickAsync("approval.approve", Id(card), card.ReplyId!));
        var after = (await fixture.Api.WaitForAsync("chat.update", updates + 3, TimeSpan.FromSeconds(30))).Skip(updates).ToList();
        await UntilNoCopyIsBehindAsync();
        var again = await fixture.Host.Services.GetServices<IScheduledJob>().OfType<ApprovalCopyJob>().Single().RunOnceAsync(CancellationToken.None);

        // The copy's update in the turn (refused), the clicked message's answer, then the background job's.
        Assert.All(after, update => Assert.Equal(card.ReplyId, (string?)update.Body?["ts"]));
        Assert.Contains("approved", after[2].Text, StringComparison.Ordinal);
        Assert.Equal((0, 0), again);
        Assert.Equal(updates + 3, fixture.Api.Calls("chat.update").Count);
        Assert.Single(fixture.Api.Calls("chat.postMessage").Skip(posts), p => p.Text?.Contains("<@U0001>", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Approve_BySomeoneElse_IsRefusedToThemOnly_AndChangesNothing()
    {
        var (alice, dana) = People("C0902");
        var eve = fixture.User("U0005", "Eve", channel: "C0902");
        var card = await RequestAsync(alice, dana, "APB");
        var (updates, answers) = (fixture.Api.Calls("chat.update").Count, fixture.Api.Calls(FakeSlackApi.ResponseUrlMethod).Count);

        var posted = await eve.AwaitRepliesAsync(p => p.ClickAsync("approval.approve", Id(card), card.ReplyId!));
        var shown = await alice.SayAsync("approval show " + Id(card));

        var refusal = Assert.Single(fixture.Api.Calls(FakeSlackApi.ResponseUrlMethod).Skip(answers));
        Assert.Equal("ephemeral", (string?)refusal.Body?["response_type"]);
        Assert.Equal(updates, fixture.Api.Calls("chat.update").Count);
        Assert.Empty(posted);
        Assert.Contains("pending", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_OpensACommentModal_AndItsSubmissionDecides()
    {
        var (alice, dana) = People("C0903");
        var card = await RequestAsync(alice, dana, "APC");
        var (opened, updates) = (fixture.Api.Calls("views.open").Count, fixture.Api.Calls("chat.update").Count);

        await dana.AwaitRepliesAsync(p => p.ClickAsync("approval.reject", Id(card), card.ReplyId!));
        var modal = fixture.Api.Calls("views.open").Skip(opened).Single();
        Assert.Equal(updates, fixture.Api.Calls("chat.update").Count);
        Assert.StartsWith("trigger-", (string?)modal.Body?["trigger_id"], StringComparison.Ordinal);

        await dana.AwaitRepliesAsync(p => p.SubmitAsync(modal.Body!["view"]!.AsObject(), "Too late for January"));

        var update = fixture.Api.Calls("chat.update").Skip(updates).Last();
        Assert.Equal(card.ReplyId, (string?)update.Body?["ts"]);
        Assert.Contains("rejected", update.Text, StringComparison.Ordinal);
        Assert.Contains("Too late for January", update.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(Buttons(update));
    }

    [Fact]
    public async Task RejectSubmitted_BySomeoneElse_IsRefusedToThemOnly_AndChangesNothing()
    {
        var (alice, dana) = People("C0904");
        var eve = fixture.User("U0005", "Eve", channel: "C0904");
        var card = await RequestAsync(alice, dana, "APD");
        var (opened, updates, notes) = (fixture.Api.Calls("views.open").Count, fixture.Api.Calls("chat.update").Count, fixture.Api.Calls("chat.postEphemeral").Count);

        await eve.AwaitRepliesAsync(p => p.ClickAsync("approval.reject", Id(card), card.ReplyId!));
        var modal = fixture.Api.Calls("views.open").Skip(opened).Single();
        await eve.AwaitRepliesAsync(p => p.SubmitAsync(modal.Body!["view"]!.AsObject(), "Not mine to say"));

        var note = Assert.Single(fixture.Api.Calls("chat.postEphemeral").Skip(notes));
        Assert.Equal("U0005", (string?)note.Body?["user"]);
        Assert.Equal("C0904", (string?)note.Body?["channel"]);
        Assert.Equal(updates, fixture.Api.Calls("chat.update").Count);
        Assert.Contains("pending", await alice.SayAsync("approval show " + Id(card)), StringComparison.Ordinal);
    }

    /// <summary>The background job records what the copy shows just after its update arrives: waits for that write.</summary>
    private async Task UntilNoCopyIsBehindAsync()
    {
        var store = fixture.Host.Services.GetRequiredService<IDataStore>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while ((await store.ReadAsync((uow, ct) => uow.ApprovalCopies.ListOutdatedAsync(DateTimeOffset.MaxValue, 1, ct), timeout.Token)).Count > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    private (SlackPerson Alice, SlackPerson Dana) People(string channel) =>
        (fixture.User("U0001", "Alice", channel: channel), fixture.User("U0003", "Dana", channel: channel));

    /// <summary>A new project and an approval in it, as its card was posted.</summary>
    private async Task<RecordedRequest> RequestAsync(SlackPerson alice, SlackPerson dana, string key)
    {
        await alice.SayAsync($"project new {key} Approvals");
        var before = fixture.Api.Calls("chat.postMessage").Count;
        await alice.SayAsync($"approval request schedule Move launch to Jan 15 #{key} approvers:{dana.Mention}");
        var card = fixture.Api.Calls("chat.postMessage").Skip(before).Single(p => Buttons(p).Count > 0);
        Assert.Equal(["approval.approve", "approval.reject"], Buttons(card));
        return card;
    }

    private static string Id(RecordedRequest card) => ApprovalId().Match(card.Text ?? string.Empty).Value;

    [GeneratedRegex(@"A-\d+")]
    private static partial Regex ApprovalId();

    private static List<string?> Buttons(RecordedRequest post) =>
        [.. (post.Body?["blocks"]?.AsArray() ?? []).Where(b => (string?)b?["type"] == "actions")
            .SelectMany(b => b!["elements"]!.AsArray()).Select(e => (string?)e?["action_id"])];
}
