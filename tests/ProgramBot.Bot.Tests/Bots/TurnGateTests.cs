using ProgramBot.Bot.Bots;

namespace ProgramBot.Bot.Tests.Bots;

public sealed class TurnGateTests
{
    [Fact]
    public async Task EnterAsync_MakesSecondTurnWait_WhenKeyIsTheSame()
    {
        var gate = new TurnGate();
        var first = await gate.EnterAsync("teams/c1/u1", CancellationToken.None);

        var second = gate.EnterAsync("teams/c1/u1", CancellationToken.None);
        await Task.Delay(50);
        var waitedWhileHeld = !second.IsCompleted;
        first.Dispose();
        using var entered = await second.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(waitedWhileHeld);
    }

    [Fact]
    public async Task EnterAsync_LetsOtherUsersThrough()
    {
        var gate = new TurnGate();
        using var alice = await gate.EnterAsync("teams/c1/alice", CancellationToken.None);

        using var bob = await gate.EnterAsync("teams/c1/bob", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.NotNull(bob);
    }

    [Fact]
    public async Task EnterAsync_RunsManyTurnsOfOneUserOneAtATime()
    {
        var gate = new TurnGate();
        var inside = 0;
        var overlaps = 0;

        await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var pass = await gate.EnterAsync("teams/c1/u1", CancellationToken.None);
            if (Interlocked.Increment(ref inside) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            await Task.Yield();
            Interlocked.Decrement(ref inside);
        }));

        Assert.Equal(0, overlaps);
    }

    [Fact]
    public async Task EnterAsync_GivesUpCleanly_WhenCancelled()
    {
        var gate = new TurnGate();
        var held = await gate.EnterAsync("k", CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.EnterAsync("k", cancel.Token));
        held.Dispose();

        using var again = await gate.EnterAsync("k", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }
}
