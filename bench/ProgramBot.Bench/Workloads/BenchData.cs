using System.Globalization;

namespace ProgramBot.Bench.Workloads;

/// <summary>The names the seeded database and the load generator agree on.</summary>
internal static class BenchData
{
    public const string Tenant = "bench-tenant";
    public const int ProjectCount = 20;
    public const int TaskCount = 10_000;

    /// <summary>P01 … P20.</summary>
    public static string ProjectKey(int index) => "P" + (index % ProjectCount + 1).ToString("D2", CultureInfo.InvariantCulture);
}
