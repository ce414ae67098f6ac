using Microsoft.Bot.Builder;
using ProgramBot.Bot.Dialogs.Forms;
using ProgramBot.Dialogs;
using ProgramBot.Dialogs.Prompts;

namespace ProgramBot.Bot.Dialogs;

/// <summary>
/// A complete new command typed in the middle of a form: asks whether to drop the form. Yes drops
/// it and runs the command; no goes back to the form's question.
/// </summary>
public sealed class AbandonDialog : ComponentDialog
{
    public const string DialogId = "abandon";

    private readonly CommandRunner _commands;

    public AbandonDialog(CommandRunner commands)
        : base(DialogId)
    {
        _commands = commands;
        AddDialog(new ConfirmPrompt(FormPrompts.Confirm));
        AddDialog(new WaterfallDialog(DialogId + ".steps", [AskAsync, DecideAsync]));
        InitialDialogId = DialogId + ".steps";
    }

    /// <summary>What the user typed, kept until they answer.</summary>
    public sealed class Pending
    {
        public string Command { get; set; } = string.Empty;

        public string? Question { get; set; }
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var pending = step.Form<Pending>();
        var question = pending.Question is null ? string.Empty : $" (I asked: {pending.Question})";
        return step.PromptAsync(
            FormPrompts.Confirm,
            PromptOptions.FromText($"You're in the middle of a form{question}. Drop it and run `{pending.Command}` instead?"),
            ct);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var pending = step.Form<Pending>();
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("OK, let's carry on."), ct);
            return await step.EndDialogAsync(null, ct);
        }

        // The root context: dropping the form means emptying the whole stack, then the command may start a form of its own.
        var root = RootOf(step);
        await root.CancelAllDialogsAsync(ct);
        await _commands.RunAsync(root, pending.Command, ct);
        return Dialog.EndOfTurn;
    }

    private static DialogContext RootOf(DialogContext dc)
    {
        while (dc.Parent is not null)
        {
            dc = dc.Parent;
        }

        return dc;
    }
}
