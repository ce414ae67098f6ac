using Microsoft.Bot.Builder;

namespace ProgramBot.Dialogs;

/// <summary>
/// Drives the root dialog stack for one turn: loads the sender's stack from a per-user
/// <see cref="BotState"/> (use <c>PrivateConversationState</c>), resets stale or idle stacks, and
/// saves with the storage's ETag check. <see cref="RunTurnAsync"/> commits state before any reply
/// leaves and retries a turn whose save crossed another.
/// </summary>
public sealed class DialogRunner
{
    private const string TurnStateKey = "ProgramBot.Dialogs.DialogState";
    private const string LoadedEmptyKey = "ProgramBot.Dialogs.LoadedEmpty";

    private readonly BotState botState;
    private readonly DialogSet dialogs;
    private readonly TimeProvider time;
    private readonly DialogRunnerOptions options;
    private readonly IStatePropertyAccessor<DialogState> accessor;

    /// <summary>Initializes a runner over <paramref name="botState"/> and the root dialogs.</summary>
    public DialogRunner(BotState botState, DialogSet dialogs, TimeProvider time, DialogRunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(botState);
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        this.botState = botState;
        this.dialogs = dialogs;
        this.time = time;
        this.options = options;
        accessor = botState.CreateProperty<DialogState>("DialogState");
    }

    /// <summary>
    /// Loads the sender's stack. A stack from another <see cref="DialogRunnerOptions.Version"/> is
    /// reset with an apology; one idle longer than <see cref="DialogRunnerOptions.IdleTimeout"/> is
    /// dropped silently.
    /// </summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await botState.LoadAsync(turnContext, false, cancellationToken);
        var state = await accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        turnContext.TurnState[LoadedEmptyKey] = state.DialogStack.Count == 0;
        if (state.LastActivityAt + options.IdleTimeout < time.GetUtcNow())
        {
            // Long forgotten: nothing to apologise for, the message is simply fresh.
            state.DialogStack.Clear();
        }
        else if (state.DialogStack.Count > 0 && state.Version != options.Version)
        {
            state.DialogStack.Clear();
            await turnContext.SendActivityAsync(MessageFactory.Text(options.StaleStackMessage), cancellationToken);
        }

        // GetAsync hands out a fresh copy each call when storage returns raw JSON: keep this one.
        turnContext.TurnState[TurnStateKey] = state;
        return new DialogContext(dialogs, turnContext, state);
    }

    /// <summary>
    /// Stamps the version and time, and saves; the storage's ETag check makes a crossed save throw.
    /// A turn that found no dialog and started none writes nothing: most turns are plain commands.
    /// </summary>
    public async Task SaveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var state = turnContext.TurnState.Get<DialogState>(TurnStateKey)
            ?? throw new InvalidOperationException($"Call {nameof(CreateContextAsync)} before {nameof(SaveAsync)}.");
        if (state.DialogStack.Count == 0 && turnContext.TurnState.Get<object>(LoadedEmptyKey) is true)
        {
            return;
        }

        state.Version = options.Version;
        state.LastActivityAt = time.GetUtcNow();
        state.LastActivityId = turnContext.Activity?.Id;
        await accessor.SetAsync(turnContext, state, cancellationToken);
        await botState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <summary>Whether a dialog waits for this user's answer.</summary>
    public static bool HasActiveDialog(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.ActiveDialog is not null;
    }

    /// <summary>
    /// Commit, then send: runs <paramref name="turn"/> while holding back every outgoing activity,
    /// saves the state, and only then sends what was held. When the save conflicts, the held replies
    /// are dropped and the turn runs again from freshly loaded state, up to
    /// <see cref="DialogRunnerOptions.ConflictRetries"/> times; then only
    /// <see cref="DialogRunnerOptions.ConflictMessage"/> is sent. Any other exception drops the held
    /// replies and propagates (later sends of the turn, e.g. the adapter's error reply, go out). Call
    /// once per turn.
    /// </summary>
    public async Task RunTurnAsync(ITurnContext turnContext, Func<DialogContext, CancellationToken, Task> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(turn);
        var outbox = new Outbox();
        turnContext.OnSendActivities(outbox.CaptureAsync);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await turn(await CreateContextAsync(turnContext, cancellationToken), cancellationToken);
                await SaveAsync(turnContext, cancellationToken);
                await outbox.ReleaseAsync();
                return;
            }
            catch (Exception exception) when (!options.IsConflict(exception))
            {
                outbox.Abandon();
                throw;
            }
            catch (Exception)
            {
                outbox.Discard();
                if (attempt >= options.ConflictRetries)
                {
                    await outbox.ReleaseAsync();
                    await turnContext.SendActivityAsync(MessageFactory.Text(options.ConflictMessage), cancellationToken);
                    return;
                }

                await botState.LoadAsync(turnContext, true, cancellationToken);
            }
        }
    }
}
