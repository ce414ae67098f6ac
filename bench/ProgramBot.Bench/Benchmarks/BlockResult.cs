namespace ProgramBot.Bench.Benchmarks;

/// <summary>The pairs of one (workload, concurrency) block: Baseline[i] ran just before ProgramBot[i].</summary>
internal sealed record BlockResult(string Workload, int Concurrency, IReadOnlyList<RunMeasurement> Baseline, IReadOnlyList<RunMeasurement> ProgramBot)
{
    /// <summary>ProgramBot ÷ baseline, pair by pair.</summary>
    public IEnumerable<double> Ratios(Func<RunMeasurement, double> figure) =>
        Baseline.Zip(ProgramBot, (a, b) => figure(b) / figure(a));
}
