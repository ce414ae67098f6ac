using System.Globalization;
using System.Text;
using ProgramBot.Bench.Benchmarks;
using ProgramBot.Bench.Seeding;

namespace ProgramBot.Bench.Report;

/// <summary>The digest-build section of the report.</summary>
internal static class DigestBuildReport
{
    public static void Write(StringBuilder md, DigestBuildResult? result)
    {
        if (result is null)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("## Digest build");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"One program digest of the large program — {LargeProgram.ProjectCount} projects, {LargeProgram.TaskCount:N0} tasks, {LargeProgram.RiskCount:N0} risks, {LargeProgram.ReportCount:N0} progress reports, {LargeProgram.ApprovalCount:N0} pending approvals (seeded in {result.SeedTime.TotalSeconds:F0} s) — built in process through the real services: the reads, the view model, the card JSON and its text fallback. The floor is the one raw aggregate query counting the program's tasks by project and status. {result.BuildMs.Count} builds after one warm-up.");
        md.AppendLine();
        md.AppendLine("| digest build ms | floor ms | ratio | SQL queries per build | card + text bytes |");
        md.AppendLine("| ---: | ---: | ---: | ---: | ---: |");
        var ratios = result.BuildMs.Zip(result.FloorMs, (b, f) => b / f).ToList();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {Spread.Of(result.BuildMs).Format("F1")} | {Spread.Of(result.FloorMs).Format("F1")} | **{Spread.Of(ratios).Format("F2")}** | {(result.Queries is { } q ? q.ToString(CultureInfo.InvariantCulture) : "not counted")} | {result.CardBytes:N0} |");
    }
}
