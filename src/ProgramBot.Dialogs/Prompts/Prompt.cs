using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>
/// Asks a question and waits for a recognisable, valid answer. Each answer counts as an attempt;
/// a refused answer gets the reason (from the recogniser or the validator) and the retry prompt;
/// after <see cref="MaxAttempts"/> refusals the prompt says <see cref="CancelMessage"/> and cancels
/// the whole stack. Ends with the recognised value.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? validator;

    /// <summary>Initializes a prompt with an optional validator (run only on recognised answers).</summary>
    protected Prompt(string id, PromptValidator<T>? validator = null)
        : base(id) => this.validator = validator;

    /// <summary>How many refused answers end the conversation; 3 by default.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Sent when the prompt gives up after <see cref="MaxAttempts"/>.</summary>
    public string CancelMessage { get; init; } = "Let's leave it there — nothing was saved. Start again any time.";

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        dc.ActiveDialog!.SetState(new PromptState { Options = promptOptions });
        await SendPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var state = instance.GetState<PromptState>();
        state.AttemptCount++;
        instance.SetState(state);

        var recognized = await RecognizeAsync(dc.Context, PromptInput.Read(dc.Context.Activity, Id), state.Options, cancellationToken);
        var check = new PromptValidatorContext<T>(dc.Context, recognized, state.Options, state.AttemptCount);
        if (recognized.Succeeded && (validator is null || await validator(check, cancellationToken)))
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (state.AttemptCount >= MaxAttempts)
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(CancelMessage), cancellationToken);
            return await dc.CancelAllDialogsAsync(cancellationToken);
        }

        if ((check.Reason ?? recognized.Reason) is { Length: > 0 } reason)
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(reason), cancellationToken);
        }

        await SendPromptAsync(dc.Context, state.Options, isRetry: true, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>A dialog this prompt started ended: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return SendPromptAsync(turnContext, instance.GetState<PromptState>().Options, isRetry: false, cancellationToken);
    }

    /// <summary>The prompt's help, or its question.</summary>
    public override string? DescribeQuestion(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var options = instance.GetState<PromptState>().Options;
        return options.Help ?? options.Prompt?.Text;
    }

    /// <summary>Recognises a value in the user's answer (text, or a card submit's value).</summary>
    protected abstract Task<PromptRecognizerResult<T>> RecognizeAsync(ITurnContext turnContext, string input, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Lets a prompt add to the question before it is sent (choices, buttons).</summary>
    protected virtual Activity Decorate(Activity prompt, PromptOptions options) => prompt;

    private async Task SendPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var prompt = isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt;
        if (prompt is not null)
        {
            // A copy: sending stamps ids on the activity, and decorating must not touch the stored question.
            var copy = JObject.FromObject(prompt, DialogJson.Serializer).ToObject<Activity>(DialogJson.Serializer)!;
            await turnContext.SendActivityAsync(Decorate(copy, options), cancellationToken);
        }
    }
}
