using System.Globalization;
using System.Text;
using ProgramBot.Bench.Benchmarks;
using ProgramBot.Bench.Servers;

namespace ProgramBot.Bench.Report;

/// <summary>The fan-out section of the report.</summary>
internal static class FanOutReport
{
    public static void Write(StringBuilder md, FanOutResult? result, bool quick)
    {
        md.AppendLine();
        md.AppendLine("## Digest fan-out");
        md.AppendLine();
        if (result is null)
        {
            md.AppendLine(quick ? "Not run by `--quick` (it waits for a whole minute): run `fanout` on its own." : "Not run.");
            return;
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"{result.Subscriptions:N0} team channels subscribed through chat (`digest subscribe #Pnn daily {result.Slot:HH:mm} tz:UTC`, {result.SubscribeSeconds:F1} s) to one slot; the real server (Hangfire on SQLite, its default workers and polling) delivered to a fake Teams connector on loopback that answers the first message to every {FakeTeamsConnector.ThrottleEvery}th channel with 429 and `Retry-After: 1`. Times are from the slot.");
        md.AppendLine();
        md.AppendLine("| first send | last delivery | delivered | doubled | lost | 429s answered | most sends in 1 s, tenant | most sends in 1 s, one channel | peak RSS MB |");
        md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| {Seconds(result.FirstSendSeconds)} | {Seconds(result.LastDeliverySeconds)} | {result.Delivered:N0} | {result.Doubled} | {result.Lost} | {result.Throttled} | {result.MaxPerTenantInOneSecond} | {result.MaxPerConversationInOneSecond} | {result.PeakRssMb:F0} |");
    }

    private static string Seconds(double? seconds) => seconds is { } s ? s.ToString("F1", CultureInfo.InvariantCulture) + " s" : "–";
}
