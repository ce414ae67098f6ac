namespace ProgramBot.Bot.Proactive;

/// <summary>
/// Spaces the bot's own sends so they stay within the channel's rate limits: at most
/// <see cref="ProactiveOptions.PerConversationPerSecond"/> to one conversation and
/// <see cref="ProactiveOptions.PerTenantPerSecond"/> to one tenant. Each send reserves the first
/// moment both allow and waits for it. Process-local pacing: with several instances each keeps its
/// own pace, and the retries on 429 cover the rest.
/// </summary>
public sealed class SendPacer(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _nextFree = new(StringComparer.Ordinal);

    /// <summary>Reserves a moment for a send to <paramref name="conversationId"/> in <paramref name="tenantId"/>.</summary>
    public DateTimeOffset Reserve(string tenantId, string conversationId, ProactiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (conversationGap, tenantGap) = (Gap(options.PerConversationPerSecond), Gap(options.PerTenantPerSecond));
        var (conversationKey, tenantKey) = ("c:" + conversationId, "t:" + tenantId);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var at = Max(now, Max(NextFree(conversationKey), NextFree(tenantKey)));
            _nextFree[conversationKey] = at + conversationGap;
            _nextFree[tenantKey] = at + tenantGap;
            Forget(now);
            return at;
        }
    }

    /// <summary>Waits until the reserved moment.</summary>
    public async Task WaitForTurnAsync(string tenantId, string conversationId, ProactiveOptions options, CancellationToken cancellationToken)
    {
        var wait = Reserve(tenantId, conversationId, options) - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    private DateTimeOffset NextFree(string key) => _nextFree.TryGetValue(key, out var at) ? at : DateTimeOffset.MinValue;

    // Keys whose moment has passed say nothing any more; dropping them keeps the table small.
    private void Forget(DateTimeOffset now)
    {
        if (_nextFree.Count < 1024)
        {
            return;
        }

        foreach (var key in _nextFree.Where(entry => entry.Value < now).Select(entry => entry.Key).ToList())
        {
            _nextFree.Remove(key);
        }
    }

    // Rounded up to whole ticks, so that N sends never fit in less than (N - 1) gaps' worth of a second.
    private static TimeSpan Gap(double perSecond) => TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / perSecond));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
