using System.Globalization;
using ProgramBot.Bench.Load;
using ProgramBot.Bench.Seeding;
using ProgramBot.Bench.Servers;
using ProgramBot.Bench.Workloads;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>
/// Digest fan-out: N team channels subscribe (through chat, as a project manager would) to a daily
/// digest at the same minute; the real server's Hangfire fires them all at that slot and delivers
/// to a fake Teams connector that throttles some first sends with 429 + Retry-After. Measured from
/// the slot: the first send, the last delivery, the counts (each channel exactly once) and the
/// highest send rates per tenant and per conversation.
/// </summary>
internal sealed class FanOutBenchmark(DatabaseTemplate template, TextWriter progress)
{
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(180);

    public async Task<FanOutResult> RunAsync(int subscriptions, CancellationToken cancellationToken)
    {
        await using var connector = await FakeTeamsConnector.StartAsync(cancellationToken);
        using var bot = await ServerProcess.StartAsync(["programbot", "--db", template.Copy()], cancellationToken);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        // The slot: the first whole minute that leaves time to subscribe everyone and sync Hangfire.
        var started = DateTimeOffset.UtcNow;
        var slot = NextMinute(started + Lead + TimeSpan.FromMilliseconds(10.0 * subscriptions));
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  fan-out: {subscriptions} channels subscribe for {slot:HH:mm} UTC"));
        await SubscribeAsync(client, connector.BaseAddress, subscriptions, slot, cancellationToken);
        var subscribeSeconds = (DateTimeOffset.UtcNow - started).TotalSeconds;
        if (DateTimeOffset.UtcNow > slot - TimeSpan.FromSeconds(5))
        {
            throw new InvalidOperationException("Subscribing took too long: the slot came before the schedules could be synchronised.");
        }

        double peakRss;
        await using (var rss = new RssSampler(bot.Id))
        {
            while (DateTimeOffset.UtcNow < slot + Deadline && Delivered(connector) < subscriptions)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }

            // A little longer, so a doubled send after the last first one would still be seen.
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            peakRss = await rss.StopAsync() / (1024.0 * 1024.0);
        }

        return Summarise(connector.Hits.ToList(), subscriptions, slot, subscribeSeconds, peakRss);
    }

    private static FanOutResult Summarise(List<ConnectorHit> hits, int subscriptions, DateTimeOffset slot, double subscribeSeconds, double peakRss)
    {
        var delivered = hits.Where(h => h.Status == 200).GroupBy(h => h.Conversation, StringComparer.Ordinal).ToList();
        return new FanOutResult(
            subscriptions,
            slot,
            subscribeSeconds,
            hits.Count == 0 ? null : (hits.Min(h => h.At) - slot).TotalSeconds,
            delivered.Count == 0 ? null : (delivered.Max(g => g.Min(h => h.At)) - slot).TotalSeconds,
            delivered.Count,
            delivered.Count(g => g.Count() > 1),
            subscriptions - delivered.Count,
            hits.Count(h => h.Status == 429),
            SendRates.MaxInOneSecond(hits),
            SendRates.MaxPerConversationInOneSecond(hits),
            peakRss);
    }

    private static async Task SubscribeAsync(HttpClient client, Uri serviceUrl, int subscriptions, DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var failures = 0;
        string? firstFailure = null;
        var text = string.Create(CultureInfo.InvariantCulture, $" daily {slot:HH:mm} tz:UTC");
        await Parallel.ForEachAsync(Enumerable.Range(0, subscriptions), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var conversation = string.Create(CultureInfo.InvariantCulture, $"19:bench-fanout-{i}@thread.tacv2");
            var body = ActivityJson.ChannelMessage(conversation, serviceUrl, "sub-" + i.ToString(CultureInfo.InvariantCulture), "bench-owner",
                "digest subscribe #" + BenchData.ProjectKey(i) + text);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, ct);
            var reply = ActivityJson.FirstReplyText(await response.Content.ReadAsByteArrayAsync(ct));
            if (reply is null || !reply.StartsWith("Subscribed", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref failures);
                Interlocked.CompareExchange(ref firstFailure, reply ?? $"HTTP {(int)response.StatusCode}", null);
            }
        });
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} subscriptions failed; first reply: {firstFailure}");
        }
    }

    private static int Delivered(FakeTeamsConnector connector) =>
        connector.Hits.Where(h => h.Status == 200).Select(h => h.Conversation).Distinct(StringComparer.Ordinal).Count();

    private static DateTimeOffset NextMinute(DateTimeOffset at) =>
        new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero).AddMinutes(1);
}
