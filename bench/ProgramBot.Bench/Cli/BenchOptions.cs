namespace ProgramBot.Bench.Cli;

/// <summary>What one invocation of the bench asks for; defaults are the full run.</summary>
internal sealed record BenchOptions
{
    public BenchMode Mode { get; init; } = BenchMode.All;

    public bool Quick { get; init; }

    public string? OutFile { get; init; }

    public IReadOnlyList<string> Workloads { get; init; } = [];

    public IReadOnlyList<int> Concurrencies { get; init; } = [1, 16, 64];

    public TimeSpan RunLength { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Load on a freshly started server before its first run: the JIT is still tiering up for
    /// seconds, and a 2 s warm-up alone left the first pair's CPU per turn up to 3 × the warm one.
    /// </summary>
    public TimeSpan ServerWarmup { get; init; } = TimeSpan.FromSeconds(5);

    public int Pairs { get; init; } = 3;

    /// <summary>For <c>seed</c>: the large program instead of the turn benchmark's database.</summary>
    public bool LargeSeed { get; init; }

    public int Starts { get; init; } = 5;

    /// <summary>Digest builds timed (after one that warms up).</summary>
    public int DigestIterations { get; init; } = 20;

    /// <summary>For <c>soak</c>: how long the mixed traffic runs.</summary>
    public TimeSpan SoakLength { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>For <c>fanout</c>: channels subscribed to the same slot.</summary>
    public int Subscriptions { get; init; } = 1000;

    /// <summary>
    /// Whether <c>all</c> runs the fan-out: it waits for a whole minute to come round, which a
    /// quick run has no time for (run <c>fanout</c> on its own).
    /// </summary>
    public bool FanOutInAll => !Quick;

    /// <summary>For <c>breakdown</c>: calls per part.</summary>
    public int Iterations { get; init; } = 2000;

    /// <summary>For <c>serve</c>: <c>programbot</c> or <c>echo</c>.</summary>
    public string? ServeKind { get; init; }

    /// <summary>For <c>serve programbot</c>: the SQLite file to serve.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>The <c>--quick</c> smoke run: 16 conversations, one pair of 3 s runs, two starts.</summary>
    public BenchOptions AsQuick() => this with
    {
        Quick = true,
        Concurrencies = [16],
        RunLength = TimeSpan.FromSeconds(3),
        Pairs = 1,
        Starts = 2,
        DigestIterations = 3,
        SoakLength = TimeSpan.FromSeconds(40),
    };
}
