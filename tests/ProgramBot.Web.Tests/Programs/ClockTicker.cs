using Microsoft.Extensions.Time.Testing;

namespace ProgramBot.Web.Tests.Programs;

/// <summary>Moves a fake clock on by 50 ms every 10 ms of real time until disposed, so paced sends can go out.</summary>
public sealed class ClockTicker : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _ticking;

    private ClockTicker(FakeTimeProvider clock) => _ticking = TickAsync(clock, _stop.Token);

    public static ClockTicker Start(FakeTimeProvider clock) => new(clock);

    public void Dispose()
    {
        _stop.Cancel();
        _ticking.GetAwaiter().GetResult();
        _stop.Dispose();
    }

    private static async Task TickAsync(FakeTimeProvider clock, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            clock.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(10, CancellationToken.None);
        }
    }
}
