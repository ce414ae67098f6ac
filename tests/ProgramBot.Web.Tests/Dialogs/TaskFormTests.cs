namespace ProgramBot.Web.Tests.Dialogs;

/// <summary>The task form through /api/messages, including every bad answer.</summary>
public sealed class TaskFormTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private readonly string _tenant = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task TaskNew_AsksEverything_ThenCreatesTheTask()
    {
        var (alice, bob) = (User("29:alice", "Alice"), User("29:bob", "Bob"));
        await alice.SayAsync("project new WEB Website");

        Assert.Contains("What's the task?", await alice.SayAsync("task new"));
        Assert.Contains("1. WEB — Website", await alice.SayAsync("Write spec"));
        Assert.Contains("Who should do it?", await alice.SayAsync("1"));
        Assert.Contains("When is it due?", await alice.MentionAsync(bob));
        Assert.Contains("How urgent is it?", await alice.SayAsync("fri"));
        var confirm = await alice.SayAsync("high");
        var created = await alice.SayAsync("yes");

        Assert.Contains("Create **Write spec** in WEB for @Bob, due 2026-11-27, high priority?", confirm);
        Assert.StartsWith("Created **WEB-1** Write spec · to do · @Bob · due Fri 2026-11-27 · high priority", created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskNew_ReasksEveryBadAnswer_AndStoresNothingUntilTheEnd()
    {
        var alice = User("29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("task new");

        Assert.Contains("201 characters", await alice.SayAsync(new string('t', 201)));
        await alice.SayAsync("Write spec");
        Assert.Contains("Which project?", await alice.SayAsync("NOPE"));
        await alice.SayAsync("WEB");
        Assert.Contains("Who should do it?", await alice.SayAsync("somebody"));
        await alice.SayAsync("me");
        Assert.Contains("I can't read 'someday' as a date", await alice.SayAsync("someday"));
        Assert.Contains("in the past", await alice.SayAsync("2026-01-01"));
        await alice.SayAsync("none");
        Assert.Contains("How urgent is it?", await alice.SayAsync("urgentest"));
        await alice.SayAsync("low");
        Assert.Contains("Open tasks — WEB: none.", await TaskListAfterDroppingAsync(alice));
    }

    [Fact]
    public async Task TaskAdd_WithoutProject_AsksOnlyForTheProject()
    {
        var alice = User("29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");

        var question = await alice.SayAsync("task add Fix login due:tomorrow");
        var created = await alice.SayAsync("WEB");

        Assert.StartsWith("Which project?", question, StringComparison.Ordinal);
        Assert.StartsWith("Created **WEB-1** Fix login · to do · unassigned · due Fri 2026-11-27", created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreeBadAnswers_EndTheFormPolitely()
    {
        var alice = User("29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("task add Fix login");

        await alice.SayAsync("X1");
        await alice.SayAsync("X2");
        var last = await alice.SayAsync("X3");
        var fresh = await alice.SayAsync("task list #WEB");

        Assert.Contains("Let's leave it there — nothing was saved.", last);
        Assert.Equal("Open tasks — WEB: none.", fresh);
    }

    [Fact]
    public async Task Cancel_LeavesTheForm()
    {
        var alice = User("29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("task new");
        await alice.SayAsync("Write spec");

        Assert.Equal("Cancelled — nothing was saved.", await alice.SayAsync("cancel"));
        Assert.Equal("There's nothing to cancel.", await alice.SayAsync("cancel"));
    }

    [Fact]
    public async Task Help_ExplainsTheQuestion_AndKeepsWaiting()
    {
        var alice = User("29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("task add Fix login");

        var help = await alice.SayAsync("help");
        var created = await alice.SayAsync("WEB");

        Assert.StartsWith("I asked: Pick a project by its number or key", help, StringComparison.Ordinal);
        Assert.StartsWith("Created **WEB-1** Fix login", created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCommandMidForm_AsksWhetherToDropTheForm()
    {
        var alice = User("29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("task new");

        var asked = await alice.SayAsync("task list #WEB");
        var kept = await alice.SayAsync("no");
        var created = await FinishTaskNewAsync(alice, "Kept going");
        await alice.SayAsync("task new");
        await alice.SayAsync("project list");
        var dropped = await alice.SayAsync("yes");

        Assert.Contains("Drop it and run `task list #WEB` instead?", asked);
        Assert.Contains("OK, let's carry on.", kept);
        Assert.Contains("What's the task?", kept);
        Assert.StartsWith("Created **WEB-1** Kept going", created, StringComparison.Ordinal);
        Assert.StartsWith("Projects:", dropped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPeopleInOneChannel_EachGetTheirOwnTask_WhenAnswersInterleave()
    {
        var (alice, bob) = (User("29:alice", "Alice"), User("29:bob", "Bob"));
        await alice.SayAsync("project new WEB Website");

        await alice.SayAsync("task new");
        await bob.SayAsync("task new");
        await alice.SayAsync("Alice's task");
        await bob.SayAsync("Bob's task");
        foreach (var answer in new[] { "WEB", "me", "none", "low" })
        {
            await alice.SayAsync(answer);
            await bob.SayAsync(answer);
        }

        var aliceDone = await alice.SayAsync("yes");
        var bobDone = await bob.SayAsync("yes");

        Assert.Contains("Alice's task · to do · @Alice", aliceDone);
        Assert.Contains("Bob's task · to do · @Bob", bobDone);
    }

    private static async Task<string> FinishTaskNewAsync(ChatUser user, string title)
    {
        await user.SayAsync(title);
        foreach (var answer in new[] { "WEB", "me", "none", "medium" })
        {
            await user.SayAsync(answer);
        }

        return await user.SayAsync("yes");
    }

    private static async Task<string> TaskListAfterDroppingAsync(ChatUser user)
    {
        await user.SayAsync("cancel");
        return await user.SayAsync("task list #WEB");
    }

    private ChatUser User(string id, string name) => new(fixture.Host, _tenant, id, name);
}
