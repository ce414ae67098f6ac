using System.Globalization;
using System.Text;
using ProgramBot.Bench.Benchmarks;

namespace ProgramBot.Bench.Report;

/// <summary>Renders the in-process breakdown of a turn as markdown.</summary>
internal static class BreakdownReport
{
    public static string Render(IReadOnlyList<string> machine, IReadOnlyList<BreakdownStep> steps, int iterations)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(steps);
        var md = new StringBuilder();
        md.AppendLine("# ProgramBot bench: where a turn's time goes");
        md.AppendLine();
        foreach (var fact in machine)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {fact}");
        }

        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"ProgramBot's services in process over a fresh seeded copy (no HTTP, no Bot Framework), one call at a time, {iterations} calls per part after {Math.Max(iterations / 10, 1)} warm-up calls. CPU is the whole bench process's utime+stime ÷ calls (it includes GC and pool threads).");
        md.AppendLine();
        md.AppendLine("| part | wall µs/call | CPU µs/call |");
        md.AppendLine("| --- | ---: | ---: |");
        foreach (var step in steps)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {step.Name} | {step.WallMicroseconds:F0} | {step.CpuMicroseconds:F0} |");
        }

        return md.ToString();
    }
}
