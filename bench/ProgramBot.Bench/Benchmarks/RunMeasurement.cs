namespace ProgramBot.Bench.Benchmarks;

/// <summary>One timed run against one server: client-side latency, server-side CPU and memory.</summary>
internal sealed record RunMeasurement(
    int Requests, int Errors, double RequestsPerSecond, double P50Ms, double P99Ms, double CpuMicrosecondsPerRequest, double PeakRssMb, string? FirstError);
