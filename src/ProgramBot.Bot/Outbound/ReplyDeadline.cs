namespace ProgramBot.Bot.Outbound;

/// <summary>
/// The reply budget of one incoming turn: its sends must be done within <c>budget</c> of the first
/// one's start. A send still going then is cancelled and ends in <see cref="ReplyTimeoutException"/>;
/// a later one fails at once. The turn's own work before its first reply does not count.
/// </summary>
public sealed class ReplyDeadline(TimeProvider clock, TimeSpan budget)
{
    private long? _started;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        _started ??= clock.GetTimestamp();
        var left = budget - clock.GetElapsedTime(_started.Value);
        if (left <= TimeSpan.Zero)
        {
            throw new ReplyTimeoutException(budget);
        }

        using var timeout = new CancellationTokenSource(left, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await send(linked.Token);
        }
        catch (Exception exception) when (exception is not ReplyTimeoutException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ReplyTimeoutException(budget, exception);
        }
    }
}
