namespace ProgramBot.Bot.Outbound;

/// <summary>
/// The reply budget of one incoming turn: its sends may take <c>budget</c> in all. A send still going
/// when it is spent is cancelled and ends in <see cref="ReplyTimeoutException"/>; a later one fails at
/// once. The turn's own work (storage, between sends) does not count. Sends of one turn run one after
/// another, so the running total needs no lock.
/// </summary>
public sealed class ReplyDeadline(TimeProvider clock, TimeSpan budget)
{
    private TimeSpan _spent;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        var left = budget - _spent;
        if (left <= TimeSpan.Zero)
        {
            throw new ReplyTimeoutException(budget);
        }

        using var timeout = new CancellationTokenSource(left, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = clock.GetTimestamp();
        try
        {
            return await send(linked.Token);
        }
        catch (Exception exception) when (exception is not ReplyTimeoutException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ReplyTimeoutException(budget, exception);
        }
        finally
        {
            _spent += clock.GetElapsedTime(started);
        }
    }
}
