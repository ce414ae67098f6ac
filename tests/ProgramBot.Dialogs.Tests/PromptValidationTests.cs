using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using ProgramBot.Dialogs.Prompts;
using ProgramBot.Dialogs.Tests.TestSupport;

namespace ProgramBot.Dialogs.Tests;

public sealed class PromptValidationTests
{
    private const string PoliteCancel = "Let's leave it there — nothing was saved. Start again any time.";

    [Fact]
    public async Task ContinueDialogAsync_SendsReasonThenRetryPrompt_WhenValidatorRefusesWithReason()
    {
        var client = new DialogTestClient(Components.Single(new TextPrompt("code", NoSpaces), Components.Ask("Project code?", "Project code, e.g. WEB?")));
        await client.SayAsync("start");

        var replies = await client.SayAsync("web site");

        Assert.Equal(["A code has no spaces.", "Project code, e.g. WEB?"], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_RepeatsThePrompt_WhenRefusedAndNoRetryPromptOrReason()
    {
        var client = new DialogTestClient(Components.Single(new TextPrompt("code", (_, _) => Task.FromResult(false)), Components.Ask("Project code?")));
        await client.SayAsync("start");

        var replies = await client.SayAsync("anything");

        Assert.Equal(["Project code?"], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_SendsRetryPrompt_WhenAnswerIsNotRecognised()
    {
        var client = new DialogTestClient(Components.Single(new NumberPrompt("n"), Components.Ask("How many?", "A number, please: how many?")));
        await client.SayAsync("start");

        var replies = await client.SayAsync("lots");

        Assert.Equal(["Please answer with a number.", "A number, please: how many?"], replies);
    }

    [Fact]
    public async Task ContinueDialogAsync_EndsWithValue_WhenValidatorAccepts()
    {
        var client = new DialogTestClient(Components.Single(new TextPrompt("code", NoSpaces), Components.Ask("Project code?")));
        await client.SayAsync("start");

        await client.SayAsync("WEB");

        Assert.Equal("WEB", client.LastResultOf("alice"));
    }

    [Fact]
    public async Task ContinueDialogAsync_SendsPoliteCancelAndEndsWholeStack_WhenAttemptCapIsReached()
    {
        var client = new DialogTestClient(Components.Signup());
        await client.SayAsync("start");
        await client.SayAsync("Ada");
        await client.SayAsync("old");
        await client.SayAsync("very old");

        var replies = await client.SayAsync("ancient");

        Assert.Equal([PoliteCancel], replies);
        Assert.Equal(DialogTurnStatus.Cancelled, client.Results[^1].Result.Status);
        Assert.Equal(["What's your name?"], await client.SayAsync("start again"));
    }

    [Fact]
    public async Task ContinueDialogAsync_UsesConfiguredCapAndMessage_WhenSetOnThePrompt()
    {
        var prompt = new ConfirmPrompt("ok") { MaxAttempts = 1, CancelMessage = "Never mind." };
        var client = new DialogTestClient(Components.Single(prompt, Components.Ask("Sure?")));
        await client.SayAsync("start");

        var replies = await client.SayAsync("hmm");

        Assert.Equal(["Never mind."], replies);
    }

    [Fact]
    public async Task Validator_SeesAttemptCountAndValidations_AcrossTurns()
    {
        var seen = new List<string>();
        var prompt = new NumberPrompt("n", (context, _) =>
        {
            seen.Add($"{context.AttemptCount}:{((JToken)context.Options.Validations!)["limit"]}");
            return Task.FromResult(context.Recognized.Value <= (int)((JToken)context.Options.Validations!)["limit"]!);
        });
        var options = Components.Ask("How many?");
        options.Validations = new { limit = 5 };
        var client = new DialogTestClient(Components.Single(prompt, options));
        await client.SayAsync("start");

        await client.SayAsync("9");
        await client.SayAsync("3");

        Assert.Equal(["1:5", "2:5"], seen);
        Assert.Equal(3, client.LastResultOf("alice"));
    }

    [Fact]
    public async Task Validator_IsNotCalled_WhenAnswerIsNotRecognised()
    {
        var calls = 0;
        var prompt = new NumberPrompt("n", (_, _) => Task.FromResult(++calls > 0));
        var client = new DialogTestClient(Components.Single(prompt, Components.Ask("How many?")));
        await client.SayAsync("start");

        await client.SayAsync("many");

        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task ContinueDialogAsync_DoesNotCountAnAttempt_WhenActivityIsNotAMessage()
    {
        var prompt = new TextPrompt("t", (_, _) => Task.FromResult(false)) { MaxAttempts = 1 };
        var client = new DialogTestClient(Components.Single(prompt, Components.Ask("Name?")));
        await client.SayAsync("start");

        var replies = await client.SendAsync(new Microsoft.Bot.Schema.Activity { Type = Microsoft.Bot.Schema.ActivityTypes.Typing });

        Assert.Empty(replies);
        Assert.Equal(DialogTurnStatus.Waiting, client.Results[^1].Result.Status);
    }

    [Fact]
    public async Task DescribeQuestion_ReturnsHelp_WhenPromptHasHelp()
    {
        var options = Components.Ask("Due?");
        options.Help = "I'm waiting for the due date, like 2026-03-05.";
        var client = new DialogTestClient(Components.Single(new DatePrompt("due"), options));
        await client.SayAsync("start");

        var replies = await client.SayAsync("help");

        Assert.Equal(["I'm waiting for the due date, like 2026-03-05."], replies);
    }

    [Fact]
    public async Task DescribeQuestion_ReturnsPromptText_WhenPromptHasNoHelp()
    {
        var client = new DialogTestClient(Components.Single(new DatePrompt("due"), Components.Ask("Due?")));
        await client.SayAsync("start");

        var replies = await client.SayAsync("help");

        Assert.Equal(["Due?"], replies);
    }

    [Fact]
    public async Task BeginDialogAsync_ThrowsArgumentException_WhenOptionsAreNotPromptOptions()
    {
        var dc = new DialogContext(new DialogSet().Add(new TextPrompt("t")), Turns.Message(), new DialogState());

        await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("t", "not options"));
    }

    [Fact]
    public async Task ResumeDialogAsync_AsksAgain_WhenADialogStartedOverThePromptEnds()
    {
        var dialogs = new DialogSet().Add(new TextPrompt("t")).Add(new WaterfallDialog("aside", new WaterfallStep[]
        {
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        }));
        var turn = Turns.Message();
        var dc = new DialogContext(dialogs, turn, new DialogState());
        await dc.PromptAsync("t", new PromptOptions { Prompt = MessageFactory.Text("Name?") });
        await dc.BeginDialogAsync("aside");

        await dc.EndDialogAsync();

        Assert.Equal(["Name?", "Name?"], Turns.RepliesOf(turn).Select(a => a.Text));
    }

    private static Task<bool> NoSpaces(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (context.Recognized.Value!.Contains(' ', StringComparison.Ordinal))
        {
            context.Reason = "A code has no spaces.";
            return Task.FromResult(false);
        }

        return Task.FromResult(true);
    }
}
