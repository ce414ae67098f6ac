namespace ProgramBot.Bench.Servers;

/// <summary>Samples VmRSS every 100 ms while a run goes on and keeps the peak.</summary>
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public RssSampler(int pid)
    {
        _pid = pid;
        _peak = ProcStats.ResidentBytes(pid);
        _loop = SampleAsync(_stop.Token);
    }

    public async Task<long> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        return Math.Max(_peak, ProcStats.ResidentBytes(_pid));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                _peak = Math.Max(_peak, ProcStats.ResidentBytes(_pid));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: the peak so far is the answer.
        }
    }
}
