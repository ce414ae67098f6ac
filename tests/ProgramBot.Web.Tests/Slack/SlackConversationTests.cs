using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Reminders;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>Slack payloads become turns of the same bot: mentions, threads, direct messages, retries, workspaces.</summary>
public sealed class SlackConversationTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>
{
    [Fact]
    public async Task SlashCommand_WithASlackMention_AssignsTheMentionedMemberByName()
    {
        var (alice, bob) = (fixture.User("U0001", "Alice"), fixture.User("U0002", "Bob"));
        await alice.SayAsync("project new MEN Mentions");

        var reply = await alice.SayAsync($"task add Write spec {bob.Mention} #MEN");

        Assert.StartsWith("Created *MEN-1* Write spec · to do · @Bob", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppMention_InAThread_IsAnsweredInTheThread_WithoutReadingTheBotsMentionAsAPerson()
    {
        var alice = fixture.User("U0001", "Alice", channel: "C0200");

        var reply = await alice.AwaitRepliesAsync(p => p.MentionBotAsync("project new THR Threads", threadTs: "1700.0001"));

        var post = fixture.Api.Calls("chat.postMessage")[^1];
        Assert.Contains("THR", reply, StringComparison.Ordinal);
        Assert.Equal("C0200", (string?)post.Body?["channel"]);
        Assert.Equal("1700.0001", (string?)post.Body?["thread_ts"]);
    }

    [Fact]
    public async Task RetriedEvent_WithTheSameEventId_IsProcessedOnce()
    {
        var alice = fixture.User("U0001", "Alice", channel: "C0300");
        var before = fixture.Api.Calls("chat.postMessage").Count;

        using var first = await alice.MentionBotAsync("task add Retried once #RTY", eventId: "Ev0RETRY");
        using var retry = await alice.MentionBotAsync("task add Retried once #RTY", eventId: "Ev0RETRY", retry: 1);
        using var again = await alice.MentionBotAsync("task add Retried once #RTY", eventId: "Ev0RETRY", retry: 2);
        await alice.IdleAsync();

        Assert.All(new[] { first, retry, again }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(fixture.Api.Calls("chat.postMessage").Skip(before));
    }

    [Theory]
    [InlineData("bot_id", "B0001")]
    [InlineData("subtype", "message_changed")]
    public async Task BotPostsAndEdits_InADirectMessage_AreNotAnswered(string field, string value)
    {
        var alice = fixture.User("U0001", "Alice", channel: "D0401");
        var e = new System.Text.Json.Nodes.JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = "U0001", ["text"] = "help", ["channel"] = "D0401", [field] = value };

        var replies = await alice.AwaitRepliesAsync(p => p.EventAsync(e, null, null));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task DirectMessages_RunAGuidedForm_ToTheEnd()
    {
        var alice = fixture.User("U0001", "Alice", channel: "D0400");
        await alice.SayAsync("project new DLG Dialogs");

        Assert.Contains("What's the task?", await alice.AwaitRepliesAsync(p => p.DirectAsync("task new", "D0400")));
        Assert.Contains("Which project?", await alice.AwaitRepliesAsync(p => p.DirectAsync("Write spec", "D0400")));
        Assert.Contains("Who should do it?", await alice.AwaitRepliesAsync(p => p.DirectAsync("DLG", "D0400")));
        Assert.Contains("When is it due?", await alice.AwaitRepliesAsync(p => p.DirectAsync("me", "D0400")));
        Assert.Contains("How urgent is it?", await alice.AwaitRepliesAsync(p => p.DirectAsync("none", "D0400")));
        Assert.Contains("Create *Write spec* in DLG", await alice.AwaitRepliesAsync(p => p.DirectAsync("low", "D0400")));
        Assert.StartsWith("Created *DLG-1* Write spec", await alice.AwaitRepliesAsync(p => p.DirectAsync("yes", "D0400")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AThread_KeepsItsOwnForm_ApartFromTheChannel()
    {
        var alice = fixture.User("U0001", "Alice", channel: "C0500");

        var asked = await alice.AwaitRepliesAsync(p => p.MentionBotAsync("task new", threadTs: "1700.0500"));
        var inChannel = await alice.AwaitRepliesAsync(p => p.MentionBotAsync("Fix the login"));
        var inThread = await alice.AwaitRepliesAsync(p => p.MentionBotAsync("Fix the login", threadTs: "1700.0500"));

        Assert.Contains("What's the task?", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Which project?", inChannel, StringComparison.Ordinal);
        Assert.Contains("Which project?", inThread, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoWorkspaces_NeverSeeEachOthersData()
    {
        var alice = fixture.User("U0001", "Alice");
        var zed = fixture.User("U0901", "Zed", team: SlackHostFixture.OtherTeam);
        await alice.SayAsync("project new ISO Isolated");

        var listed = await zed.SayAsync("project list");
        var status = await zed.SayAsync("project status #ISO");

        Assert.DoesNotContain("ISO", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("Isolated", status, StringComparison.Ordinal);
        Assert.Equal("Bearer xoxb-test-two", fixture.Api.Calls("chat.postMessage")[^1].Authorization);
    }

    [Fact]
    public async Task Reply_ThrottledWith429_IsSentAgainAfterRetryAfter()
    {
        var alice = fixture.User("U0001", "Alice", channel: "C0600");
        var before = fixture.Api.Calls("chat.postMessage").Count;
        fixture.Api.AnswerNextWith(429, "2");

        using var ack = await alice.CommandAsync("project list");
        await fixture.Api.WaitForAsync("chat.postMessage", before + 1);

        // The retry waits on the fake clock; moving it on lets the wait end whenever it started.
        for (var i = 0; i < 200 && fixture.Api.Calls("chat.postMessage").Count < before + 2; i++)
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(25);
        }

        var posts = fixture.Api.Calls("chat.postMessage");
        await alice.IdleAsync();

        Assert.Null(posts[before].ReplyId);
        Assert.NotNull(posts[before + 1].ReplyId);
        Assert.Equal(posts[before].Text, posts[before + 1].Text);
    }

    [Fact]
    public async Task SlashCommand_WhereTheBotIsNotAMember_IsAnsweredThroughTheResponseUrl()
    {
        var alice = fixture.User("U0001", "Alice", channel: "C0700");
        var before = fixture.Api.Calls("response_url").Count;
        fixture.Api.FailNextWith("not_in_channel");

        await alice.SayAsync("project new OUT Outside");

        var answer = Assert.Single(fixture.Api.Calls("response_url").Skip(before));
        Assert.Equal("in_channel", (string?)answer.Body?["response_type"]);
        Assert.Contains("OUT", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_GoesToTheMembersDirectMessageWithTheBot()
    {
        var dana = fixture.User("U0777", "Dana", channel: "D0777");
        foreach (var line in new[] { "project new REM Reminders", "task add Spec due:tomorrow #REM", "task assign REM-1 me" })
        {
            await dana.AwaitRepliesAsync(p => p.DirectAsync(line, "D0777"));
        }

        var before = fixture.Api.Calls("chat.postMessage").Count;
        await fixture.Host.Services.GetServices<IScheduledJob>().Single(j => j.Kind == ReminderJob.JobKind).RunAsync(ReminderJob.EntryId, CancellationToken.None);

        var reminder = Assert.Single(fixture.Api.Calls("chat.postMessage").Skip(before), c => (string?)c.Body?["channel"] == "D0777");
        Assert.Contains("REM-1", reminder.Body?.ToJsonString(), StringComparison.Ordinal);
    }
}
