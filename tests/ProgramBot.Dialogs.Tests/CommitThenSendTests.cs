using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ProgramBot.Dialogs.Prompts;
using ProgramBot.Dialogs.Tests.TestSupport;

namespace ProgramBot.Dialogs.Tests;

public sealed class CommitThenSendTests
{
    private const string Crossed = "Two messages crossed — please send that again.";

    private readonly ConflictingStorage storage = new(DialogTestClient.NewStorage());
    private readonly DialogTestClient client;

    public CommitThenSendTests() => client = new DialogTestClient(Chatty(), storage: storage);

    [Fact]
    public async Task RunTurnAsync_DeliversRepliesInOrderOnlyAfterSave_WhenSaveSucceeds()
    {
        var deliveredAtSave = new List<int>();
        storage.OnWrite = () => deliveredAtSave.Add(client.Adapter.ActiveQueue.Count);

        var replies = await client.SayAsync("start");

        Assert.Equal(["one", "two", "Name?"], replies);
        Assert.Equal([0], deliveredAtSave);
    }

    [Fact]
    public async Task RunTurnAsync_RetriesFromFreshStateAndDeliversOneCopy_WhenSaveConflictsOnce()
    {
        var deliveredAtSave = new List<int>();
        storage.OnWrite = () => deliveredAtSave.Add(client.Adapter.ActiveQueue.Count);
        storage.ConflictsToThrow = 1;

        var replies = await client.SayAsync("start");

        Assert.Equal(["one", "two", "Name?"], replies);
        Assert.Equal(2, client.TurnRuns);
        Assert.Equal([0, 0], deliveredAtSave);
        Assert.Equal(["Hello Ada"], await client.SayAsync("Ada"));
    }

    [Fact]
    public async Task RunTurnAsync_SendsOnlyTheCrossedMessage_WhenEveryRetryConflicts()
    {
        storage.ConflictsToThrow = 3;

        var replies = await client.SayAsync("start");

        Assert.Equal([Crossed], replies);
        Assert.Equal(3, client.TurnRuns);
        Assert.Equal(["one", "two", "Name?"], await client.SayAsync("start"));
    }

    [Fact]
    public async Task RunTurnAsync_UsesConfiguredRetriesAndMessage_WhenOptionsSaySo()
    {
        var custom = new DialogTestClient(Chatty(), new DialogRunnerOptions { ConflictRetries = 0, ConflictMessage = "Oops, again please." }, storage);
        storage.ConflictsToThrow = 1;

        var replies = await custom.SayAsync("start");

        Assert.Equal(["Oops, again please."], replies);
        Assert.Equal(1, custom.TurnRuns);
    }

    [Fact]
    public async Task RunTurnAsync_RecognisesConflictsByPredicate_WhenHostSuppliesOne()
    {
        var custom = new DialogTestClient(Chatty(), new DialogRunnerOptions { IsConflict = e => e is TimeoutException }, storage);
        storage.Conflict = _ => new TimeoutException("lock timeout");
        storage.ConflictsToThrow = 1;

        var replies = await custom.SayAsync("start");

        Assert.Equal(["one", "two", "Name?"], replies);
        Assert.Equal(2, custom.TurnRuns);
    }

    [Fact]
    public async Task RunTurnAsync_DeliversNothingAndRethrows_WhenTurnFailsWithABug()
    {
        client.BeforeDialogs = async turn =>
        {
            await turn.SendActivityAsync("half a reply");
            throw new InvalidOperationException("bug");
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SayAsync("start"));

        Assert.Empty(client.Adapter.ActiveQueue);
        Assert.Equal(1, client.TurnRuns);
    }

    [Fact]
    public async Task RunTurnAsync_LetsTheErrorHandlersReplyThrough_WhenTurnFailsWithABug()
    {
        client.BeforeDialogs = _ => throw new InvalidOperationException("bug");

        await client.Adapter.ProcessActivityAsync(
            new Activity { Type = ActivityTypes.Message, Text = "start", From = new("alice", "Alice") },
            async (turn, ct) =>
            {
                try
                {
                    await client.TurnAsync(turn, ct);
                }
                catch (InvalidOperationException)
                {
                    await turn.SendActivityAsync("Something went wrong.", cancellationToken: ct);
                }
            },
            CancellationToken.None);

        Assert.Equal(["Something went wrong."], client.Adapter.ActiveQueue.Select(a => a.Text));
    }

    [Fact]
    public async Task RunTurnAsync_BuffersRepliesIntoTheInvokeResponse_WhenDeliveryModeIsExpectReplies()
    {
        ITurnContext? seen = null;
        var activity = new Activity { Type = ActivityTypes.Message, Text = "start", DeliveryMode = DeliveryModes.ExpectReplies, From = new("alice", "Alice") };

        await client.Adapter.ProcessActivityAsync(activity, (turn, ct) => client.TurnAsync(seen = turn, ct), CancellationToken.None);

        Assert.Equal(["one", "two", "Name?"], ((TurnContext)seen!).BufferedReplyActivities.Select(a => a.Text));
        Assert.Empty(client.Adapter.ActiveQueue);
    }

    [Fact]
    public async Task RunTurnAsync_BuffersOnlyTheCrossedMessage_WhenExpectRepliesTurnConflictsEveryTime()
    {
        storage.ConflictsToThrow = 3;
        ITurnContext? seen = null;
        var activity = new Activity { Type = ActivityTypes.Message, Text = "start", DeliveryMode = DeliveryModes.ExpectReplies, From = new("alice", "Alice") };

        await client.Adapter.ProcessActivityAsync(activity, (turn, ct) => client.TurnAsync(seen = turn, ct), CancellationToken.None);

        Assert.Equal([Crossed], ((TurnContext)seen!).BufferedReplyActivities.Select(a => a.Text));
    }

    [Fact]
    public async Task RunTurnAsync_SendsApologyWithTheCommittedTurn_WhenStackIsStale()
    {
        await client.SayAsync("start");
        var updated = new DialogTestClient(Chatty(), new DialogRunnerOptions { Version = 2 }, storage, client.Time);
        storage.ConflictsToThrow = 1;

        var replies = await updated.SayAsync("Ada");

        Assert.Equal([updated.Options.StaleStackMessage, "one", "two", "Name?"], replies);
    }

    /// <summary>Sends two messages and a prompt in one turn, then greets.</summary>
    private static ComponentDialog Chatty()
    {
        var component = new ComponentDialog("root");
        component.AddDialog(new WaterfallDialog("chatty", new WaterfallStep[]
        {
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("one", cancellationToken: ct);
                await step.Context.SendActivityAsync("two", cancellationToken: ct);
                return await step.PromptAsync("name", Components.Ask("Name?"), ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Hello {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        }));
        component.AddDialog(new TextPrompt("name"));
        return component;
    }
}
