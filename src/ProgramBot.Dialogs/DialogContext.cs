using Microsoft.Bot.Builder;
using ProgramBot.Dialogs.Prompts;

namespace ProgramBot.Dialogs;

/// <summary>
/// One dialog stack in one turn: the operations that push, continue, end and cancel dialogs. An
/// unknown dialog id is a bug and throws <see cref="InvalidOperationException"/>.
/// </summary>
public class DialogContext
{
    /// <summary>Initializes a context over <paramref name="state"/>'s stack.</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        State = state;
        Parent = parent;
    }

    /// <summary>The dialogs this stack can start.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The persisted stack and its stamps.</summary>
    public DialogState State { get; }

    /// <summary>The stack; index 0 is the active dialog.</summary>
    public IList<DialogInstance> Stack => State.DialogStack;

    /// <summary>The dialog on top of the stack, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The context of the component dialog that owns this stack, if any.</summary>
    public DialogContext? Parent { get; }

    /// <summary>Finds a dialog here or in a parent context.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a dialog and starts it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = Require(dialogId);
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts a prompt.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the current message to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        if (active is not null && IsRedelivery)
        {
            // The channel sent again the activity whose turn already moved this stack on (the process died before it
            // answered): its answer was taken, so ask the question that now waits instead of taking it twice.
            await RepromptDialogAsync(cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Waiting);
        }

        return active is null
            ? new DialogTurnResult(DialogTurnStatus.Empty)
            : await Require(active.Id).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Whether this turn's activity is the one whose turn last saved the stack: a re-delivery.</summary>
    public bool IsRedelivery => Context.Activity?.Id is { Length: > 0 } id && id == State.LastActivityId;

    /// <summary>Pops the active dialog and resumes the one below with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveAsync(DialogReason.EndCalled, cancellationToken);
        var active = ActiveDialog;
        return active is null
            ? new DialogTurnResult(DialogTurnStatus.Complete, result)
            : await Require(active.Id).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Pops the active dialog and starts another in its place, without resuming the one below.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on this stack with <see cref="DialogReason.CancelCalled"/>.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to ask its question again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active)
        {
            await Require(active.Id).RepromptDialogAsync(Context, active, cancellationToken);
        }
    }

    /// <summary>What the active dialog waits for, in one line, or null.</summary>
    public string? DescribeActiveQuestion()
    {
        if (ActiveDialog is not { } active)
        {
            return null;
        }

        // A component alone cannot see dialogs its steps found in an outer set; a context can.
        var dialog = Require(active.Id);
        return dialog.DescribeQuestion(active)
            ?? (dialog is ComponentDialog component ? component.CreateInnerContext(this, active).DescribeActiveQuestion() : null);
    }

    private async Task EndActiveAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } active)
        {
            await Require(active.Id).EndDialogAsync(Context, active, reason, cancellationToken);
            Stack.RemoveAt(0);
        }
    }

    private Dialog Require(string dialogId) =>
        FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' was added to the dialog set.");
}
