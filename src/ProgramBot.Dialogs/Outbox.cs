using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ProgramBot.Dialogs;

/// <summary>
/// Holds a turn's outgoing activities until the state is saved. It sits in the turn's
/// send-activities pipeline and keeps each call's <c>next</c>: releasing calls them later, so the
/// activities reach whatever ends the pipeline — the adapter for normal delivery, or the turn's
/// buffered replies for <c>expectReplies</c> — exactly as an unbuffered send would.
/// </summary>
internal sealed class Outbox
{
    private readonly List<Func<Task<ResourceResponse[]>>> pending = [];
    private bool passThrough;

    public int Count => pending.Count;

    public Task<ResourceResponse[]> CaptureAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        if (passThrough)
        {
            return next();
        }

        pending.Add(next);

        // Ids are unknown until the activities really leave; callers get empty ones.
        return Task.FromResult(activities.Select(_ => new ResourceResponse(string.Empty)).ToArray());
    }

    public void Discard() => pending.Clear();

    /// <summary>Drops what is held and lets later sends through, so an error handler's reply still leaves.</summary>
    public void Abandon()
    {
        pending.Clear();
        passThrough = true;
    }

    /// <summary>Sends everything held, in order, and lets later sends of this turn through directly.</summary>
    public async Task ReleaseAsync()
    {
        passThrough = true;
        foreach (var send in pending)
        {
            await send();
        }

        pending.Clear();
    }
}
