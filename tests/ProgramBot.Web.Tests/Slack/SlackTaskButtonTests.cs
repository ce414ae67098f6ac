namespace ProgramBot.Web.Tests.Slack;

/// <summary>The buttons on a Slack task message run the same use cases as the Teams card's Action.Execute verbs.</summary>
public sealed class SlackTaskButtonTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>
{
    [Theory]
    [InlineData("task.start", "in progress")]
    [InlineData("task.done", "done")]
    [InlineData("task.assignToMe", "@Bob")]
    public async Task Button_RunsTheUseCase_AndUpdatesTheMessageItWasOn(string actionId, string expected)
    {
        var (alice, bob) = (fixture.User("U0001", "Alice", channel: "C0950"), fixture.User("U0002", "Bob", channel: "C0950"));
        await alice.SayAsync("project new BTN Buttons");
        var before = fixture.Api.Calls("chat.postMessage").Count;
        await alice.SayAsync("task add Press me #BTN");
        var card = fixture.Api.Calls("chat.postMessage").Skip(before).Single();
        var id = card.Text!.Split(' ')[1].Trim('*');
        var updates = fixture.Api.Calls("chat.update").Count;

        await bob.AwaitRepliesAsync(p => p.ClickAsync(actionId, id, card.ReplyId!));

        var update = fixture.Api.Calls("chat.update").Skip(updates).Single();
        Assert.Equal(card.ReplyId, (string?)update.Body?["ts"]);
        Assert.Contains(expected, update.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownButton_IsAnsweredToTheClickerOnly()
    {
        var alice = fixture.User("U0001", "Alice", channel: "C0951");
        var before = fixture.Api.Calls("response_url").Count;

        await alice.AwaitRepliesAsync(p => p.ClickAsync("task.explode", "BTN-1", "1700000000.000001"));

        var answer = Assert.Single(fixture.Api.Calls("response_url").Skip(before));
        Assert.Equal("ephemeral", (string?)answer.Body?["response_type"]);
        Assert.Contains("isn't one I know", answer.Text, StringComparison.Ordinal);
    }
}
