using System.Globalization;

namespace ProgramBot.Bench.Seeding;

/// <summary>The large program the digest-build and start-up benchmarks read: the sizes.</summary>
internal static class LargeProgram
{
    public const string Tenant = "bench-large";
    public const string ProgramKey = "APOLLO";
    public const int ProjectCount = 50;
    public const int TaskCount = 100_000;
    public const int RiskCount = 5_000;
    public const int ReportCount = 20_000;
    public const int ApprovalCount = 2_000;
    public const int MemberCount = 40;
    public const int DependencyCount = 20_000;
    public const int ChainLength = 1_000;

    /// <summary>The seeded history starts this many days before today, so due dates can be past.</summary>
    public const int HistoryDays = 60;

    /// <summary>L01 … L50.</summary>
    public static string ProjectKey(int index) => "L" + (index % ProjectCount + 1).ToString("D2", CultureInfo.InvariantCulture);
}
