using ProgramBot.Bench.Servers;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>The most requests seen in any one-second window, over all hits and per conversation.</summary>
internal static class SendRates
{
    public static int MaxInOneSecond(IEnumerable<ConnectorHit> hits)
    {
        var times = hits.Select(h => h.At).Order().ToList();
        var max = 0;
        for (int start = 0, end = 0; end < times.Count; end++)
        {
            while (times[end] - times[start] >= TimeSpan.FromSeconds(1))
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }

    public static int MaxPerConversationInOneSecond(IEnumerable<ConnectorHit> hits) =>
        hits.GroupBy(h => h.Conversation, StringComparer.Ordinal).Select(MaxInOneSecond).DefaultIfEmpty(0).Max();
}
