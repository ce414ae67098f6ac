using ProgramBot.Dialogs.Tests.TestSupport;

namespace ProgramBot.Dialogs.Tests;

public sealed class DialogContextTests
{
    private readonly List<string> log = [];
    private readonly DialogContext dc;

    public DialogContextTests()
    {
        var dialogs = new DialogSet()
            .Add(new RecordingDialog("a", log))
            .Add(new RecordingDialog("b", log))
            .Add(new RecordingDialog("c", log));
        dc = new DialogContext(dialogs, Turns.Message(), new DialogState());
    }

    [Fact]
    public async Task BeginDialogAsync_PushesInstanceOnTopAndStartsIt_WhenIdIsKnown()
    {
        await dc.BeginDialogAsync("a", "opts");
        await dc.BeginDialogAsync("b");

        Assert.Equal(["b", "a"], dc.Stack.Select(i => i.Id));
        Assert.Equal("b", dc.ActiveDialog?.Id);
        Assert.Equal(["begin a opts", "begin b"], log);
    }

    [Fact]
    public async Task BeginDialogAsync_ThrowsInvalidOperation_WhenIdIsUnknown()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("nope"));
    }

    [Fact]
    public async Task ContinueDialogAsync_ReturnsEmpty_WhenStackIsEmpty()
    {
        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task ContinueDialogAsync_ContinuesOnlyTheActiveDialog_WhenStackHasSeveral()
    {
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");
        log.Clear();

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["continue b"], log);
    }

    [Fact]
    public async Task ContinueDialogAsync_ThrowsInvalidOperation_WhenStackNamesAnUnknownDialog()
    {
        dc.Stack.Insert(0, new DialogInstance { Id = "removed-in-a-deploy" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.ContinueDialogAsync());
    }

    [Fact]
    public async Task EndDialogAsync_PopsAndResumesParentWithResult_WhenParentExists()
    {
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");
        log.Clear();

        await dc.EndDialogAsync(42);

        Assert.Equal(["a"], dc.Stack.Select(i => i.Id));
        Assert.Equal(["end b EndCalled", "resume a EndCalled 42"], log);
    }

    [Fact]
    public async Task EndDialogAsync_ReturnsCompleteWithResult_WhenLastDialogEnds()
    {
        await dc.BeginDialogAsync("a");

        var result = await dc.EndDialogAsync("done");

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "done"), result);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task ReplaceDialogAsync_EndsActiveAndStartsNewWithoutResumingParent_WhenCalled()
    {
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");
        log.Clear();

        await dc.ReplaceDialogAsync("c", "again");

        Assert.Equal(["c", "a"], dc.Stack.Select(i => i.Id));
        Assert.Equal(["end b ReplaceCalled", "begin c again"], log);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_EndsEveryDialogTopFirstWithCancelReason_WhenStackHasSeveral()
    {
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");
        log.Clear();

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal(["end b CancelCalled", "end a CancelCalled"], log);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_ReturnsEmpty_WhenStackIsEmpty()
    {
        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task RepromptDialogAsync_RepromptsTheActiveDialog_WhenOneWaits()
    {
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");
        log.Clear();

        await dc.RepromptDialogAsync();

        Assert.Equal(["reprompt b"], log);
    }

    [Fact]
    public async Task DescribeActiveQuestion_AsksTheActiveDialog_WhenOneWaits()
    {
        await dc.BeginDialogAsync("a");

        Assert.Equal("a is waiting", dc.DescribeActiveQuestion());
    }

    [Fact]
    public void Add_ThrowsInvalidOperation_WhenIdIsTaken()
    {
        var set = new DialogSet().Add(new RecordingDialog("a", log));

        Assert.Throws<InvalidOperationException>(() => set.Add(new RecordingDialog("a", log)));
    }

    [Fact]
    public void GetState_ReturnsWhatSetStateStored_AsPlainJsonWithoutTypeNames()
    {
        var instance = new DialogInstance { Id = "x" };

        instance.SetState(new DialogState { Version = 7 });

        Assert.Equal(7, instance.GetState<DialogState>().Version);
        Assert.DoesNotContain("$type", instance.State.ToString(), StringComparison.Ordinal);
    }
}
