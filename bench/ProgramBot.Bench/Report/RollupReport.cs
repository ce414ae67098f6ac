using System.Globalization;
using System.Text;
using ProgramBot.Bench.Benchmarks;
using ProgramBot.Bench.Seeding;

namespace ProgramBot.Bench.Report;

/// <summary>The roll-up and slip section of the report.</summary>
internal static class RollupReport
{
    public static void Write(StringBuilder md, RollupResult? rollup)
    {
        if (rollup is null)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("## Program roll-up and slip propagation");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"The large program with {LargeProgram.DependencyCount:N0} dependencies, a chain of {LargeProgram.ChainLength:N0} open tasks among them. Each figure is one turn's use case in process (sender, parse, reads, propagation, the change and its slip record written, the reply rendered; no HTTP), {rollup.StatusMs.Count} times after one warm-up. The slip moves `{rollup.ChainHead}`, the chain's head, a day later each time, so everything downstream moves every time.");
        md.AppendLine();
        md.AppendLine("| turn | ms | SQL commands |");
        md.AppendLine("| --- | ---: | ---: |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| `program status APOLLO` | {Spread.Of(rollup.StatusMs).Format("F1")} | {rollup.StatusQueries} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| `task due {rollup.ChainHead} …` (slip at the head of the chain) | {Spread.Of(rollup.SlipMs).Format("F1")} | {rollup.SlipQueries} |");
        md.AppendLine();
        var reply = rollup.SlipReply.Length > 400 ? rollup.SlipReply[..400] + " …" : rollup.SlipReply;
        md.AppendLine(CultureInfo.InvariantCulture, $"The slip's reply: {reply.Replace('\n', ' ')}");
    }
}
