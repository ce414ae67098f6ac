using Newtonsoft.Json.Linq;

namespace ProgramBot.Dialogs;

/// <summary>
/// What a waterfall step sees: the dialog operations (it is a <see cref="DialogContext"/> over the
/// same stack), the waterfall's options, the shared values, and the previous step's result.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog waterfall;
    private bool nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, WaterfallState state, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, dc.State, dc.Parent)
    {
        this.waterfall = waterfall;
        var instance = dc.ActiveDialog!;
        Options = state.Options;
        Values = new WaterfallValues(state.Values, () => instance.SetState(state));
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The options the waterfall was started with, as JSON (they round-trip through storage).</summary>
    public JToken? Options { get; }

    /// <summary>Values shared by all steps of this waterfall.</summary>
    public WaterfallValues Values { get; }

    /// <summary>The zero-based index of this step.</summary>
    public int Index { get; }

    /// <summary>Why this step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a child dialog's result or the user's text.</summary>
    public object? Result { get; }

    /// <summary>Reads the options as <typeparamref name="T"/>, or default when none were given.</summary>
    public T? GetOptions<T>() => Options is null ? default : Options.ToObject<T>(DialogJson.Serializer);

    /// <summary>Skips to the next step at once, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{waterfall.Id}'.");
        }

        nextCalled = true;
        return waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
