using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Digests;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>A Slack channel subscribes like a Teams channel and gets its digest through chat.postMessage.</summary>
public sealed class SlackDigestTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>
{
    [Fact]
    public async Task Digest_IsPostedToTheSubscribedChannel_ThrottlingHonoured_AndARefusalMarksItFailing()
    {
        var alice = fixture.User("U0001", "Alice", channel: "C0990");
        await alice.SayAsync("project new DIG Digests");
        await alice.SayAsync("task add Write spec #DIG");
        Assert.Contains("D-1", await alice.SayAsync("digest subscribe #DIG daily 09:00 tz:Europe/Berlin"), StringComparison.Ordinal);
        var job = fixture.Host.Services.GetServices<IScheduledJob>().Single(j => j.Kind == DigestJob.JobKind);
        var before = fixture.Api.Calls("chat.postMessage").Count;

        fixture.Clock.Advance(TimeSpan.FromDays(1));
        fixture.Api.AnswerNextWith(429, "1");
        var run = job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        await fixture.Api.WaitForAsync("chat.postMessage", before + 1);
        for (var i = 0; i < 200 && !run.IsCompleted; i++)
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(25);
        }

        await run;
        var posts = fixture.Api.Calls("chat.postMessage").Skip(before).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Null(posts[0].ReplyId);
        Assert.Equal("C0990", (string?)posts[1].Body?["channel"]);
        Assert.Contains("Digest D-1", posts[1].Text, StringComparison.Ordinal);
        Assert.Contains("Digest D-1", posts[1].Body?["blocks"]?.ToJsonString(), StringComparison.Ordinal);

        fixture.Clock.Advance(TimeSpan.FromDays(1));
        fixture.Api.FailNextWith("channel_not_found");
        await job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);

        Assert.Equal(3, fixture.Api.Calls("chat.postMessage").Skip(before).Count());
        Assert.Contains("failing", await alice.SayAsync("digest list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messenger_PacesSendsToOneChannel_AtAboutOneASecond()
    {
        var messenger = fixture.Host.Services.GetRequiredService<IProactiveMessenger>();
        var address = new Domain.Digests.ConversationAddress(1, "T0001:C0995", "slack", fixture.Api.BaseUri.ToString(), "T0001", "UBOT", "ProgramBot");
        var before = fixture.Api.Calls("chat.postMessage").Count;

        // The fake clock stands still: moving past every earlier reservation lets the first send go at once.
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var first = await messenger.SendAsync(address, new Application.Views.MessageView("one"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var second = messenger.SendAsync(address, new Application.Views.MessageView("two"), CancellationToken.None);
        await Task.Delay(200);
        var sentBeforeASecond = fixture.Api.Calls("chat.postMessage").Count - before;
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(DeliveryOutcome.Delivered, first.Outcome);
        Assert.Equal(DeliveryOutcome.Delivered, (await second.WaitAsync(TimeSpan.FromSeconds(10))).Outcome);
        Assert.Equal(1, sentBeforeASecond);
    }
}
