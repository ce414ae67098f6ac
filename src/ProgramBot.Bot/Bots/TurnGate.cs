using System.Collections.Concurrent;

namespace ProgramBot.Bot.Bots;

/// <summary>
/// Lets one turn per user and conversation run at a time in this process, so a double-sent answer
/// waits for the first instead of racing it and losing its reply to a retry. Correctness never
/// rests on it — the state's ETag check and the database claims hold across instances — it only
/// spares people the "two messages crossed" path when the race is local.
/// </summary>
public sealed class TurnGate
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        Gate gate;
        while (true)
        {
            gate = _gates.GetOrAdd(key, static _ => new Gate());
            lock (gate)
            {
                if (!gate.Retired)
                {
                    gate.Users++;
                    break;
                }
            }
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Leave(key, gate, release: false);
            throw;
        }

        return new Pass(() => Leave(key, gate, release: true));
    }

    private void Leave(string key, Gate gate, bool release)
    {
        if (release)
        {
            gate.Semaphore.Release();
        }

        lock (gate)
        {
            if (--gate.Users == 0)
            {
                gate.Retired = true;
                _gates.TryRemove(new KeyValuePair<string, Gate>(key, gate));
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        public bool Retired { get; set; }
    }

    private sealed class Pass(Action leave) : IDisposable
    {
        private Action? _leave = leave;

        public void Dispose() => Interlocked.Exchange(ref _leave, null)?.Invoke();
    }
}
