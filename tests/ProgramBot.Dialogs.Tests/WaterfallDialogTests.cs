using Microsoft.Bot.Builder;
using ProgramBot.Dialogs.Prompts;
using ProgramBot.Dialogs.Tests.TestSupport;

namespace ProgramBot.Dialogs.Tests;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task ContinueDialogAsync_RunsStepsInOrderAndEndsWithLastResult_WhenEachStepPrompts()
    {
        var client = new DialogTestClient(Components.Signup());

        Assert.Equal(["What's your name?"], await client.SayAsync("signup"));
        Assert.Equal(["How old are you?"], await client.SayAsync("Ada"));
        Assert.Equal(["Ada is 36."], await client.SayAsync("36"));

        Assert.Equal(DialogTurnStatus.Complete, client.Results[^1].Result.Status);
        Assert.Equal("Ada/36", client.LastResultOf("alice"));
    }

    [Fact]
    public async Task Values_SurviveTurnsThroughStorage_WhenSetInAnEarlierStep()
    {
        var client = new DialogTestClient(Components.Signup());
        await client.SayAsync("signup");
        await client.SayAsync("Grace");

        // A second runner over the same storage: nothing is kept in memory between turns.
        var fresh = new DialogTestClient(Components.Signup(), storage: client.Storage, time: client.Time);
        var replies = await fresh.SayAsync("85");

        Assert.Equal(["Grace is 85."], replies);
    }

    [Fact]
    public async Task NextAsync_SkipsToNextStepWithResult_WhenStepHasNothingToAsk()
    {
        var steps = new WaterfallStep[]
        {
            (step, ct) => step.NextAsync("skipped-ahead", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.Result} via {step.Reason}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Index, ct);
            },
        };
        var client = new DialogTestClient(new WaterfallDialog("root", steps));

        var replies = await client.SayAsync("go");

        Assert.Equal(["got skipped-ahead via NextCalled"], replies);
        Assert.Equal(1, client.LastResultOf("alice"));
    }

    [Fact]
    public async Task NextAsync_ThrowsInvalidOperation_WhenCalledTwiceInOneStep()
    {
        var steps = new WaterfallStep[]
        {
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        };
        var client = new DialogTestClient(new WaterfallDialog("root", steps));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SayAsync("go"));
    }

    [Fact]
    public async Task ContinueDialogAsync_PassesUserTextToNextStep_WhenStepWaitsWithoutPrompt()
    {
        var steps = new WaterfallStep[]
        {
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
            (step, ct) => step.EndDialogAsync($"heard {step.Result}", ct),
        };
        var client = new DialogTestClient(new WaterfallDialog("root", steps));

        await client.SayAsync("first");
        await client.SayAsync("second");

        Assert.Equal("heard second", client.LastResultOf("alice"));
    }

    [Fact]
    public async Task GetOptions_ReturnsTheOptionsGivenAtBegin_OnALaterTurn()
    {
        var inner = new WaterfallDialog("inner", new WaterfallStep[]
        {
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
            (step, ct) => step.EndDialogAsync(step.GetOptions<Components.Greeting>()!.Name, ct),
        });
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("start", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("inner", new Components.Greeting("Linus"), ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        }));
        root.AddDialog(inner);
        var client = new DialogTestClient(root);

        await client.SayAsync("start");
        await client.SayAsync("anything");

        Assert.Equal("Linus", client.LastResultOf("alice"));
    }

    [Fact]
    public async Task GetValue_ThrowsKeyNotFound_WhenNoStepSetTheKey()
    {
        var dialogs = new DialogSet().Add(new WaterfallDialog("w", new WaterfallStep[]
        {
            (step, ct) =>
            {
                Assert.False(step.Values.TryGetValue<string>("missing", out _));
                Assert.Throws<KeyNotFoundException>(() => step.Values.GetValue<string>("missing"));
                return Task.FromResult(Dialog.EndOfTurn);
            },
        }));
        var dc = new DialogContext(dialogs, Turns.Message(), new DialogState());

        Assert.Equal(DialogTurnStatus.Waiting, (await dc.BeginDialogAsync("w")).Status);
    }

    [Fact]
    public async Task BeginDialogAsync_CompletesAtOnce_WhenWaterfallHasNoSteps()
    {
        var dc = new DialogContext(new DialogSet().Add(new WaterfallDialog("w", [])), Turns.Message(), new DialogState());

        var result = await dc.BeginDialogAsync("w");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
    }

    [Fact]
    public async Task PromptAsync_StartsPromptOnSameStack_WhenStepAsks()
    {
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new WaterfallDialog("w", new WaterfallStep[]
            {
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("?") }, ct),
            }));
        var dc = new DialogContext(dialogs, Turns.Message(), new DialogState());

        await dc.BeginDialogAsync("w");

        Assert.Equal(["text", "w"], dc.Stack.Select(i => i.Id));
    }
}
