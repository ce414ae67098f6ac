using System.Globalization;
using System.Text;
using ProgramBot.Bench.Benchmarks;
using ProgramBot.Bench.Cli;

namespace ProgramBot.Bench.Report;

/// <summary>Renders a bench run as markdown: machine, one table per workload, start-up, goals.</summary>
internal static class MarkdownReport
{
    public static string Render(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        var options = report.Options;
        md.AppendLine(CultureInfo.InvariantCulture, $"# ProgramBot bench{(options.Quick ? " (--quick)" : string.Empty)}");
        md.AppendLine();
        foreach (var fact in report.Machine)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {fact}");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"- seeded database: workspace `bench-tenant`, 20 projects, 10,000 tasks, 150,000 pending approvals (seeded in {report.SeedTime.TotalSeconds:F1} s, copied fresh for each ProgramBot server)");
        md.AppendLine(CultureInfo.InvariantCulture, $"- runs: {options.Pairs} pair(s) per block, baseline then ProgramBot, {options.RunLength.TotalSeconds:F0} s each after {options.Warmup.TotalSeconds:F0} s warm-up; each freshly started server first gets {options.ServerWarmup.TotalSeconds:F0} s of load");
        md.AppendLine();
        md.AppendLine("Cells read `median (min–max)` over the pairs. *ratio* is ProgramBot ÷ baseline (echo bot) taken pair by pair. CPU is the server process's utime+stime over the timed run ÷ requests; peak RSS is the highest VmRSS sampled every 100 ms.");
        foreach (var workload in report.Workloads)
        {
            var blocks = report.Blocks.Where(b => b.Workload == workload.Name).ToList();
            if (blocks.Count > 0)
            {
                WriteWorkload(md, workload.Name, workload.Description, blocks);
            }
        }

        WriteStartup(md, report.Startup);
        DigestBuildReport.Write(md, report.Digest);
        RollupReport.Write(md, report.Rollup);
        if (options.Mode is BenchMode.All or BenchMode.FanOut)
        {
            FanOutReport.Write(md, report.FanOut, options.Quick);
        }

        SoakReport.Write(md, report.Soak);
        if (options.Mode != BenchMode.Soak)
        {
            WriteGoals(md, Goals.Evaluate(report));
        }

        return md.ToString();
    }

    private static void WriteWorkload(StringBuilder md, string name, string description, IReadOnlyList<BlockResult> blocks)
    {
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"## Turns: {name}");
        md.AppendLine();
        md.AppendLine(description);
        md.AppendLine();
        md.AppendLine("| conversations | rps ProgramBot | rps echo | rps ratio | p50 ms ProgramBot / echo | p99 ms ProgramBot / echo | CPU µs/req ProgramBot / echo | CPU ratio | peak RSS MB ProgramBot / echo | errors |");
        md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var b in blocks)
        {
            string Both(Func<RunMeasurement, double> f, string format) =>
                $"{Spread.Of(b.ProgramBot.Select(f)).Format(format)} / {Spread.Of(b.Baseline.Select(f)).Format(format)}";

            md.AppendLine(CultureInfo.InvariantCulture, $"| {b.Concurrency} | {Spread.Of(b.ProgramBot.Select(r => r.RequestsPerSecond)).Format("F0")} | {Spread.Of(b.Baseline.Select(r => r.RequestsPerSecond)).Format("F0")} | **{Spread.Of(b.Ratios(r => r.RequestsPerSecond)).Format("F2")}** | {Both(r => r.P50Ms, "F2")} | {Both(r => r.P99Ms, "F1")} | {Both(r => r.CpuMicrosecondsPerRequest, "F0")} | {Spread.Of(b.Ratios(r => r.CpuMicrosecondsPerRequest)).Format("F2")} | {Both(r => r.PeakRssMb, "F0")} | {Errors(b)} |");
        }
    }

    private static string Errors(BlockResult block)
    {
        var botErrors = block.ProgramBot.Sum(r => r.Errors);
        var echoErrors = block.Baseline.Sum(r => r.Errors);
        if (botErrors + echoErrors == 0)
        {
            return "0";
        }

        var first = block.ProgramBot.Concat(block.Baseline).Select(r => r.FirstError).FirstOrDefault(e => e is not null);
        return string.Create(CultureInfo.InvariantCulture, $"**{botErrors} / {echoErrors}** (first: {first?.Replace('|', '/').Replace('\n', ' ')})");
    }

    private static void WriteStartup(StringBuilder md, StartupResult? startup)
    {
        if (startup is null)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("## Start-up");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Process start to the first 200 from `/readyz` on an existing database of the large program, {startup.ProgramBotMs.Count} starts each, alternating with the echo server; idle RSS 1 s after ready.");
        md.AppendLine();
        md.AppendLine("| server | start-up ms | idle RSS MB |");
        md.AppendLine("| --- | ---: | ---: |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| ProgramBot | {Spread.Of(startup.ProgramBotMs).Format("F0")} | {Spread.Of(startup.ProgramBotIdleRssMb).Format("F0")} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| echo baseline | {Spread.Of(startup.BaselineMs).Format("F0")} | {Spread.Of(startup.BaselineIdleRssMb).Format("F0")} |");
    }

    private static void WriteGoals(StringBuilder md, IReadOnlyList<Goal> goals)
    {
        md.AppendLine();
        md.AppendLine("## Goals (held against, never asserted)");
        md.AppendLine();
        md.AppendLine("| goal | figure (median, min–max) | verdict |");
        md.AppendLine("| --- | ---: | --- |");
        foreach (var goal in goals)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {goal.Text} | {goal.Figure} | {goal.Verdict} |");
        }
    }
}
