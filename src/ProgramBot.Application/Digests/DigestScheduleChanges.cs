using System.Threading.Channels;

namespace ProgramBot.Application.Digests;

/// <summary>
/// Tells the schedule keeper that subscriptions changed, so the scheduler is brought in step at
/// once rather than at its next periodic check. Signals coalesce; losing one is harmless because
/// the keeper also checks periodically.
/// </summary>
public sealed class DigestScheduleChanges
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _signals.Writer.TryWrite(true);

    /// <summary>Waits for a change or the timeout, whichever comes first; true when a change came.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            return await _signals.Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
