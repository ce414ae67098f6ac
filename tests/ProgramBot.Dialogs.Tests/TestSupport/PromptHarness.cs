using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ProgramBot.Dialogs.Prompts;

namespace ProgramBot.Dialogs.Tests.TestSupport;

/// <summary>Starts one prompt, then answers it on a second turn over the same stack.</summary>
internal static class PromptHarness
{
    public static Task<(DialogTurnResult Result, IReadOnlyList<Activity> Replies)> AnswerAsync(Dialog prompt, string text, PromptOptions? options = null) =>
        AnswerAsync(prompt, new Activity { Type = ActivityTypes.Message, Text = text }, options);

    public static async Task<(DialogTurnResult Result, IReadOnlyList<Activity> Replies)> AnswerAsync(Dialog prompt, Activity answer, PromptOptions? options = null)
    {
        var dialogs = new DialogSet().Add(prompt);
        var state = new DialogState();
        await new DialogContext(dialogs, Turns.Message("start"), state)
            .PromptAsync(prompt.Id, options ?? new PromptOptions { Prompt = MessageFactory.Text("Question?") });
        var turn = Turns.Of(answer);
        var result = await new DialogContext(dialogs, turn, state).ContinueDialogAsync();
        return (result, Turns.RepliesOf(turn));
    }

    public static async Task<Activity> FirstPromptAsync(Dialog prompt, PromptOptions options)
    {
        var turn = Turns.Message("start");
        await new DialogContext(new DialogSet().Add(prompt), turn, new DialogState()).PromptAsync(prompt.Id, options);
        return Turns.RepliesOf(turn).Single();
    }
}
