using ProgramBot.Dialogs.Prompts;
using ProgramBot.Dialogs.Tests.TestSupport;

namespace ProgramBot.Dialogs.Tests;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task ContinueDialogAsync_ReturnsInnerResultToOuterStep_WhenComponentsAreNested()
    {
        var outer = new ComponentDialog("root");
        outer.AddDialog(new WaterfallDialog("outer", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("signup-component", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Registered {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        }));
        outer.AddDialog(Components.Signup("signup-component"));
        var client = new DialogTestClient(outer);

        await client.SayAsync("start");
        await client.SayAsync("Ada");
        var replies = await client.SayAsync("36");

        Assert.Equal(["Ada is 36.", "Registered Ada/36"], replies);
        Assert.Equal(DialogTurnStatus.Complete, client.Results[^1].Result.Status);
    }

    [Fact]
    public async Task BeginDialogAsync_KeepsInnerStackInsideItsOwnInstance_WhenInnerPromptWaits()
    {
        var dc = new DialogContext(new DialogSet().Add(Components.Signup()), Turns.Message(), new DialogState());

        await dc.BeginDialogAsync("root");

        var only = Assert.Single(dc.Stack);
        var inner = only.GetState<DialogState>();
        Assert.Equal(["name", "signup"], inner.DialogStack.Select(i => i.Id));
    }

    [Fact]
    public async Task DescribeQuestion_DelegatesToActiveInnerDialog_WhenInnerPromptWaits()
    {
        var client = new DialogTestClient(Components.Signup());
        await client.SayAsync("start");

        var replies = await client.SayAsync("help");

        Assert.Equal(["What's your name?"], replies);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_EndsInnerDialogsWithCancelReason_WhenComponentIsCancelled()
    {
        var log = new List<string>();
        var component = new ComponentDialog("c").AddDialog(new RecordingDialog("inner", log));
        var dc = new DialogContext(new DialogSet().Add(component), Turns.Message(), new DialogState());
        await dc.BeginDialogAsync("c");

        await dc.CancelAllDialogsAsync();

        Assert.Equal(["begin inner", "end inner CancelCalled"], log);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task RepromptDialogAsync_RepromptsInnerDialog_WhenComponentIsActive()
    {
        var log = new List<string>();
        var component = new ComponentDialog("c").AddDialog(new RecordingDialog("inner", log));
        var dc = new DialogContext(new DialogSet().Add(component), Turns.Message(), new DialogState());
        await dc.BeginDialogAsync("c");

        await dc.RepromptDialogAsync();

        Assert.Equal("reprompt inner", log[^1]);
    }

    [Fact]
    public async Task BeginDialogAsync_StartsInitialDialogId_WhenSetExplicitly()
    {
        var log = new List<string>();
        var component = new ComponentDialog("c")
            .AddDialog(new RecordingDialog("first", log))
            .AddDialog(new RecordingDialog("second", log));
        component.InitialDialogId = "second";
        var dc = new DialogContext(new DialogSet().Add(component), Turns.Message(), new DialogState());

        await dc.BeginDialogAsync("c", "go");

        Assert.Equal(["begin second go"], log);
    }

    [Fact]
    public async Task BeginDialogAsync_EndsComponentWithInnerResult_WhenInnerCompletesAtOnce()
    {
        var component = new ComponentDialog("c").AddDialog(new WaterfallDialog("w", new WaterfallStep[]
        {
            (step, ct) => step.EndDialogAsync("instant", ct),
        }));
        var dc = new DialogContext(new DialogSet().Add(component), Turns.Message(), new DialogState());

        var result = await dc.BeginDialogAsync("c");

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "instant"), result);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task ContinueDialogAsync_FindsDialogsOfTheOuterSet_WhenInnerStepBeginsOne()
    {
        var component = new ComponentDialog("c").AddDialog(new WaterfallDialog("w", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("shared", Components.Ask("Shared?"), ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        }));
        var dialogs = new DialogSet().Add(component).Add(new TextPrompt("shared"));
        var dc = new DialogContext(dialogs, Turns.Message(), new DialogState());

        var result = await dc.BeginDialogAsync("c");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("Shared?", dc.DescribeActiveQuestion());
    }
}
