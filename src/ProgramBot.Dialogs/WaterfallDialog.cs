using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ProgramBot.Dialogs;

/// <summary>
/// A dialog that runs its steps in order; each step usually prompts, and the answer arrives as the
/// next step's <see cref="WaterfallStepContext.Result"/>. Ends with the last step's result.
/// </summary>
public class WaterfallDialog : Dialog
{
    private readonly List<WaterfallStep> steps;

    /// <summary>Initializes a waterfall with its steps.</summary>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        this.steps = [.. steps];
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = new WaterfallState
        {
            StepIndex = -1,
            Options = options is null ? null : JToken.FromObject(options, DialogJson.Serializer),
        };
        dc.ActiveDialog!.SetState(state);
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.GetState<WaterfallState>();
        return RunStepAsync(dc, state.StepIndex + 1, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        var state = instance.GetState<WaterfallState>();
        state.StepIndex = index;
        instance.SetState(state);
        var step = new WaterfallStepContext(this, dc, state, index, reason, result);
        return await steps[index](step, cancellationToken);
    }
}
