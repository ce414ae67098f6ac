using System.Globalization;
using System.Text;
using ProgramBot.Bench.Benchmarks;

namespace ProgramBot.Bench.Report;

/// <summary>The soak section: what was sent, what the database and the connector say, and the heap.</summary>
internal static class SoakReport
{
    public static void Write(StringBuilder md, SoakResult? soak)
    {
        if (soak is null)
        {
            return;
        }

        var sent = soak.Sent;
        md.AppendLine();
        md.AppendLine("## Soak");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"The real host in the bench's process (Hangfire running), {soak.Conversations} conversations of mixed traffic for {soak.Duration.TotalSeconds:F0} s — in every ten steps six `task add`, two `task list`, one guided form run to its end (seven turns) and one approval clicked twice at once by its approver — while {soak.DigestChannels} team channels get a digest every minute (`cron \"* * * * *\"`) from a fake Teams connector. Counts are read from the database file and the connector afterwards; memory after a forced full collection.");
        md.AppendLine();
        md.AppendLine("| check | sent / expected | found | verdict |");
        md.AppendLine("| --- | ---: | ---: | --- |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| turns answered as expected | {sent.Turns:N0} | {sent.Turns - sent.Unexpected:N0} | {Verdict(sent.Unexpected == 0)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| tasks the bot said it created, stored once each | {sent.Created:N0} | {soak.TasksStored:N0} ({soak.TasksDoubled} doubled) | {Verdict(soak.TasksStored == sent.Created && soak.TasksDoubled == 0)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| approvals clicked twice at once, one decision each | {sent.Approvals:N0} | {soak.ApprovalsDecidedOnce:N0} | {Verdict(soak.ApprovalsDecidedOnce == sent.Approvals)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| digests, one per channel per minute slot | {soak.DigestsExpected:N0} | {soak.DigestsDelivered:N0} ({soak.DigestChannelsOff} channels off) | {Verdict(soak.DigestsDelivered == soak.DigestsExpected && soak.DigestChannelsOff == 0)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| managed heap after a full collection, before → after | {soak.ManagedMbBefore:F1} MB | {soak.ManagedMbAfter:F1} MB | {Verdict(soak.ManagedMbAfter <= soak.ManagedMbBefore * 1.25 + 5)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| process RSS (host and load generator), before → after | {soak.RssMbBefore:F0} MB | {soak.RssMbAfter:F0} MB | — |");
    }

    private static string Verdict(bool ok) => ok ? "exact" : "**off**";
}
