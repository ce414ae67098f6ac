using Microsoft.Extensions.Time.Testing;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests.Dialogs;

/// <summary>Forms across restarts, idle time and racing turns, each on a database of its own.</summary>
public sealed class FormLifecycleTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(BotHostFixture.Start);

    [Fact]
    public async Task Form_SurvivesRestart_AndCompletes()
    {
        ChatUser alice;
        await using (var first = await BotHost.StartAsync(_database.ConnectionString, _clock))
        {
            alice = new ChatUser(first, "tenant-restart", "29:alice", "Alice");
            await alice.SayAsync("project new WEB Website");
            Assert.StartsWith("Which project?", await alice.SayAsync("task add Survive restart"));
        }

        await using var second = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var created = await alice.In(second).SayAsync("WEB");

        Assert.StartsWith("Created **WEB-1** Survive restart", created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedeliveredAnswer_AsksTheWaitingQuestionAgain_AndTheFormGoesOn()
    {
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var alice = new ChatUser(host, "tenant-redelivery", "29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("task new");
        var asked = await alice.SayAsync("Write spec", "answer-1");

        // Teams sends the same activity again, as after a turn whose process died before it answered.
        var again = await alice.SayAsync("Write spec", "answer-1");
        var next = await alice.SayAsync("1");

        Assert.Contains("1. WEB — Website", asked, StringComparison.Ordinal);
        Assert.Equal(asked, again);
        Assert.Contains("Who should do it?", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedeliveredCommandThatStartedAForm_AsksItsFirstQuestionAgain_RatherThanOfferingToDropIt()
    {
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var alice = new ChatUser(host, "tenant-redelivery", "29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        var asked = await alice.SayAsync("task new", "start-1");

        var again = await alice.SayAsync("task new", "start-1");

        Assert.StartsWith("What's the task?", asked, StringComparison.Ordinal);
        Assert.Equal(asked, again);
    }

    [Fact]
    public async Task RedeliveredMessageThatEndedAForm_SaysNothingMore()
    {
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var alice = new ChatUser(host, "tenant-redelivery", "29:alice", "Alice");
        await alice.SayAsync("task new");
        var cancelled = await alice.SayAsync("cancel", "cancel-1");

        var again = await alice.SayAsync("cancel", "cancel-1");

        Assert.Equal(ProgramBot.Bot.Bots.ChatRouter.CancelledText, cancelled);
        Assert.Equal(string.Empty, again);
    }

    [Fact]
    public async Task IdleForm_IsDropped_AndTheNextMessageIsFresh()
    {
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var alice = new ChatUser(host, "tenant-idle", "29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("task add Forgotten");

        _clock.Advance(TimeSpan.FromMinutes(31));
        var reply = await alice.SayAsync("WEB");

        Assert.StartsWith("I don't know 'WEB'", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RacingTurnsOfOneUser_CreateExactlyOneTask()
    {
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var alice = new ChatUser(host, "tenant-race", "29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("task new");
        foreach (var answer in new[] { "Only once", "WEB", "me", "none", "low" })
        {
            await alice.SayAsync(answer);
        }

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => alice.SayAsync("yes")));
        var list = await alice.SayAsync("task list #WEB");

        Assert.Single(replies, r => r.StartsWith("Created **WEB-1** Only once", StringComparison.Ordinal));
        Assert.Contains("(1):", list);
        Assert.DoesNotContain("WEB-2", list);
    }

    public void Dispose() => _database.Dispose();
}
