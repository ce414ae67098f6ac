using System.Globalization;

namespace ProgramBot.Bench.Workloads;

/// <summary>The names the seeded database and the load generator agree on.</summary>
internal static class BenchData
{
    public const string Tenant = "bench-tenant";
    public const int ProjectCount = 20;
    public const int TaskCount = 10_000;

    /// <summary>Pending requests, one per approve click of a block: enough for ~3,500 clicks a second over a block's 41 s.</summary>
    public const int ApprovalCount = 150_000;

    public const int ApproverCount = 16;

    /// <summary>P01 … P20.</summary>
    public static string ProjectKey(int index) => "P" + (index % ProjectCount + 1).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>The one approver of seeded request A-(n+1): bench-approver-0 … 15 in turn.</summary>
    public static string Approver(long sequence) => "bench-approver-" + (sequence % ApproverCount).ToString(CultureInfo.InvariantCulture);
}
