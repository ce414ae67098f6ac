using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using ProgramBot.Bench.Load;
using ProgramBot.Bench.Seeding;
using ProgramBot.Bench.Servers;
using ProgramBot.Bench.Workloads;
using ProgramBot.Web.Hosting;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>
/// The soak: the real host in this process (so a full garbage collection can be forced and the heap
/// read), Hangfire running, team channels subscribed to a digest every minute, and mixed traffic for
/// the run's length. At the end every count must be exact: each task the bot said it created stored
/// once, each approval clicked twice at once decided once, each channel's digest sent once per minute
/// slot — and the managed heap back near where it started.
/// </summary>
internal sealed class SoakBenchmark(DatabaseTemplate template, TimeProvider clock, TextWriter progress)
{
    public const int DigestChannels = 40;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    public async Task<SoakResult> RunAsync(int conversations, TimeSpan duration, CancellationToken cancellationToken)
    {
        var database = template.Copy();
        await using var connector = await FakeTeamsConnector.StartAsync(cancellationToken);
        var app = ProgramBotHost.Build([.. ServeRunner.CommonArgs, "--ConnectionStrings:ProgramBot=Data Source=" + database]);
        await using (app)
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = conversations * 2 }) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
            var subscribedAt = DateTimeOffset.UtcNow;
            await SubscribeAsync(client, connector.BaseAddress, cancellationToken);
            var counts = new SoakCounts();
            var traffic = new SoakTraffic(client, counts, clock);

            await traffic.RunAsync(conversations, TimeSpan.FromSeconds(5), cancellationToken);
            var (heapBefore, rssBefore) = Memory();
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  soak: {conversations} conversations for {duration.TotalSeconds:F0} s, {DigestChannels} channels with a digest every minute"));
            await traffic.RunAsync(conversations, duration, cancellationToken);

            // Let the minute's digests go out: up to the next whole minute, and a little after it.
            var lastSlot = NextMinute(DateTimeOffset.UtcNow);
            await Task.Delay(lastSlot + Settle - DateTimeOffset.UtcNow, cancellationToken);
            var (stored, doubled, decidedOnce) = await SoakCheck.ReadAsync(database, counts.Approvals, cancellationToken);
            var expected = Minutes(subscribedAt, lastSlot);
            var delivered = connector.Hits.Where(h => h.Status == 200).GroupBy(h => h.Conversation, StringComparer.Ordinal).ToList();
            var (heapAfter, rssAfter) = Memory();
            if (counts.FirstUnexpected is { } wrong)
            {
                await progress.WriteLineAsync($"  first unexpected answer: {wrong}");
            }

            await app.StopAsync(cancellationToken);
            return new SoakResult(
                duration, conversations, counts, stored, doubled, decidedOnce, DigestChannels, expected * DigestChannels, delivered.Sum(g => g.Count()),
                DigestChannels - delivered.Count(g => g.Count() == expected), heapBefore, heapAfter, rssBefore, rssAfter);
        }
    }

    private static async Task SubscribeAsync(HttpClient client, Uri serviceUrl, CancellationToken cancellationToken)
    {
        for (var i = 0; i < DigestChannels; i++)
        {
            var conversation = string.Create(CultureInfo.InvariantCulture, $"19:bench-soak-{i}@thread.tacv2");
            using var content = new ByteArrayContent(ActivityJson.ChannelMessage(
                conversation, serviceUrl, "soak-sub-" + i.ToString(CultureInfo.InvariantCulture), "bench-owner", "digest subscribe #" + BenchData.ProjectKey(i) + " cron \"* * * * *\" tz:UTC"));
            content.Headers.ContentType = new("application/json");
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
            var reply = ActivityJson.FirstReplyText(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            if (reply is null || !reply.StartsWith("Subscribed", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("A soak subscription failed: " + reply);
            }
        }
    }

    /// <summary>Whole minutes after <paramref name="from"/> up to and including <paramref name="through"/>.</summary>
    private static int Minutes(DateTimeOffset from, DateTimeOffset through) => (int)((through - NextMinute(from)).TotalMinutes) + 1;

    private static DateTimeOffset NextMinute(DateTimeOffset at) =>
        new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero).AddMinutes(1);

    private static (double HeapMb, double RssMb) Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return (GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0), ProcStats.ResidentBytes(Environment.ProcessId) / (1024.0 * 1024.0));
    }
}
