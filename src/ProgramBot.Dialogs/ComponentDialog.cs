using Microsoft.Bot.Builder;

namespace ProgramBot.Dialogs;

/// <summary>
/// A dialog made of dialogs: its own <see cref="DialogSet"/> and an inner stack kept inside its own
/// instance state. Starts <see cref="InitialDialogId"/>, ends when the inner stack completes, and
/// cancels the outer stack when the inner one is cancelled (a prompt gave up).
/// </summary>
public class ComponentDialog : Dialog
{
    /// <summary>Initializes an empty component.</summary>
    public ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The inner dialogs.</summary>
    public DialogSet Dialogs { get; } = new();

    /// <summary>The inner dialog started first; by default the first one added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Adds an inner dialog.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc, instance);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, inner, result, cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc, instance);
        var result = await OnContinueDialogAsync(inner, cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, inner, result, cancellationToken);
    }

    /// <summary>A dialog this component started on the outer stack ended: ask the inner question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = new DialogContext(Dialogs, turnContext, instance.GetState<DialogState>());
        await inner.RepromptDialogAsync(cancellationToken);
        instance.SetState(inner.State);
    }

    /// <inheritdoc/>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var inner = new DialogContext(Dialogs, turnContext, instance.GetState<DialogState>());
            await inner.CancelAllDialogsAsync(cancellationToken);
            instance.SetState(inner.State);
        }
    }

    /// <summary>Delegates to the active inner dialog.</summary>
    public override string? DescribeQuestion(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = instance.GetState<DialogState>();
        return inner.DialogStack.Count > 0 && Dialogs.Find(inner.DialogStack[0].Id) is { } dialog
            ? dialog.DescribeQuestion(inner.DialogStack[0])
            : null;
    }

    /// <summary>Starts the inner stack; by default with <see cref="InitialDialogId"/>.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the inner stack.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    internal DialogContext CreateInnerContext(DialogContext outer, DialogInstance instance) =>
        new(Dialogs, outer.Context, instance.GetState<DialogState>(), outer);

    private static async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outer, DialogInstance instance, DialogContext inner, DialogTurnResult result, CancellationToken cancellationToken)
    {
        instance.SetState(inner.State);
        return result.Status switch
        {
            DialogTurnStatus.Waiting => result,
            DialogTurnStatus.Cancelled => await outer.CancelAllDialogsAsync(cancellationToken),
            _ => await outer.EndDialogAsync(result.Result, cancellationToken),
        };
    }
}
