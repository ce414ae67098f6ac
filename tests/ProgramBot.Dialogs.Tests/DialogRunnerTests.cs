using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json.Linq;
using ProgramBot.Dialogs.Tests.TestSupport;

namespace ProgramBot.Dialogs.Tests;

public sealed class DialogRunnerTests
{
    [Fact]
    public async Task CreateContextAsync_ResetsStackWithApology_WhenStackWasSavedByAnotherVersion()
    {
        var before = new DialogTestClient(Components.Signup(), new DialogRunnerOptions { Version = 1 });
        await before.SayAsync("start");
        var after = new DialogTestClient(Components.Signup(), new DialogRunnerOptions { Version = 2 }, before.Storage, before.Time);

        var replies = await after.SayAsync("Ada");

        Assert.Equal([after.Options.StaleStackMessage, "What's your name?"], replies);
        Assert.Equal("Sorry — I was updated and lost track of our conversation. Let's start again.", after.Options.StaleStackMessage);
    }

    [Fact]
    public async Task CreateContextAsync_DoesNotApologise_WhenVersionChangedButStackIsEmpty()
    {
        var before = new DialogTestClient(Components.Signup(), new DialogRunnerOptions { Version = 1 });
        await before.SayAsync("start");
        await before.SayAsync("Ada");
        await before.SayAsync("36");
        var after = new DialogTestClient(Components.Signup(), new DialogRunnerOptions { Version = 2 }, before.Storage, before.Time);

        Assert.Equal(["What's your name?"], await after.SayAsync("start"));
    }

    [Fact]
    public async Task CreateContextAsync_DropsStackSilently_WhenIdleLongerThanTimeout()
    {
        var client = new DialogTestClient(Components.Signup());
        await client.SayAsync("start");
        client.Time.Advance(TimeSpan.FromMinutes(31));

        var replies = await client.SayAsync("Ada");

        Assert.Equal(["What's your name?"], replies);
    }

    [Fact]
    public async Task CreateContextAsync_DoesNotApologise_WhenStaleStackHasAlsoExpired()
    {
        var before = new DialogTestClient(Components.Signup(), new DialogRunnerOptions { Version = 1 });
        await before.SayAsync("start");
        before.Time.Advance(TimeSpan.FromHours(2));
        var after = new DialogTestClient(Components.Signup(), new DialogRunnerOptions { Version = 2 }, before.Storage, before.Time);

        Assert.Equal(["What's your name?"], await after.SayAsync("hello"));
    }

    [Fact]
    public async Task CreateContextAsync_KeepsStack_WhenIdleWithinTimeout()
    {
        var client = new DialogTestClient(Components.Signup());
        await client.SayAsync("start");
        client.Time.Advance(TimeSpan.FromMinutes(29));

        var replies = await client.SayAsync("Ada");

        Assert.Equal(["How old are you?"], replies);
    }

    [Fact]
    public async Task RunTurnAsync_GivesEachUserTheirOwnResult_WhenTwoUsersInterleaveInOneConversation()
    {
        var client = new DialogTestClient(Components.Signup());

        await client.SayAsync("start", "alice");
        await client.SayAsync("start", "bob");
        Assert.Equal(["How old are you?"], await client.SayAsync("Ada", "alice"));
        Assert.Equal(["How old are you?"], await client.SayAsync("Bob", "bob"));
        Assert.Equal(["Bob is 40."], await client.SayAsync("40", "bob"));
        Assert.Equal(["Ada is 36."], await client.SayAsync("36", "alice"));

        Assert.Equal("Ada/36", client.LastResultOf("alice"));
        Assert.Equal("Bob/40", client.LastResultOf("bob"));
    }

    [Fact]
    public async Task RunTurnAsync_KeepsSeparateStacks_WhenOneUserTalksInTwoConversations()
    {
        var general = new DialogTestClient(Components.Signup(), conversationId: "general");
        var random = new DialogTestClient(Components.Signup(), storage: general.Storage, time: general.Time, conversationId: "random");

        await general.SayAsync("start");
        Assert.Equal(["What's your name?"], await random.SayAsync("Ada"));
        Assert.Equal(["How old are you?"], await general.SayAsync("Ada"));
    }

    [Fact]
    public async Task ContinueDialogAsync_AsksTheWaitingQuestionAgain_WhenTheActivityThatAnsweredItComesAgain()
    {
        // The test adapter numbers activities itself: give each turn the id the channel would have sent.
        var ids = new Queue<string>(["m-1", "m-2", "m-2", "m-3"]);
        var client = new DialogTestClient(Components.Signup()) { BeforeDialogs = turn => Task.FromResult(turn.Activity.Id = ids.Dequeue()) };
        await client.SayAsync("start");
        await client.SayAsync("Ada");

        var again = await client.SayAsync("Ada");
        var next = await client.SayAsync("36");

        Assert.Equal(["How old are you?"], again);
        Assert.Equal(["Ada is 36."], next);
        Assert.Equal("Ada/36", client.LastResultOf("alice"));
    }

    [Fact]
    public async Task SaveAsync_StoresPlainJsonUnderPerUserKey_WhenTurnEnds()
    {
        var client = new DialogTestClient(Components.Signup());
        await client.SayAsync("start");

        var key = "test/conversations/conv-1/users/alice";
        var stored = (await client.Storage.ReadAsync([key]))[key];

        var json = Assert.IsType<JObject>(stored).ToString();
        Assert.Contains("\"DialogStack\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_ThrowsInvalidOperation_WhenNoContextWasCreated()
    {
        var client = new DialogTestClient(Components.Signup());

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.Runner.SaveAsync(Turns.Message(), CancellationToken.None));
    }

    [Fact]
    public async Task HasActiveDialog_TellsWhetherADialogWaits_ForTheSender()
    {
        var client = new DialogTestClient(Components.Signup());
        await client.SayAsync("start");

        var alice = await client.Runner.CreateContextAsync(Turns.Message(), CancellationToken.None);
        var bob = await client.Runner.CreateContextAsync(Turns.Of(new() { From = new("bob", "Bob") }), CancellationToken.None);

        Assert.True(DialogRunner.HasActiveDialog(alice));
        Assert.False(DialogRunner.HasActiveDialog(bob));
    }

    [Fact]
    public async Task RunTurnAsync_ReadsLikeATranscript_WhenDrivenByTestFlow()
    {
        var client = new DialogTestClient(Components.Signup());

        await new TestFlow(client.Adapter, client.TurnAsync)
            .Send("start").AssertReply("What's your name?")
            .Send("Ada").AssertReply("How old are you?")
            .Send("200").AssertReply("Please give a number from 0 to 150.").AssertReply("How old are you?")
            .Send("36").AssertReply("Ada is 36.")
            .StartTestAsync();
    }
}
