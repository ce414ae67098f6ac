using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Digests;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;
using ProgramBot.Web.Tests.Approvals;

namespace ProgramBot.Web.Tests.Digests;

/// <summary>Digest slots run by Hangfire job servers against a fake Bot Connector: shared stores, throttling.</summary>
public sealed class DigestJobServerTests : IDisposable
{
    // Thursday 2026-11-26 07:30 UTC; the 09:00 Berlin slot is 08:00 UTC.
    private static readonly DateTimeOffset Slot = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 7, 30, 0, TimeSpan.Zero));
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task SameSlot_RunByTwoJobServersSharingTheStore_PostsOnce()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var first = await BotHost.StartAsync(_database.ConnectionString, _clock);
        await using var second = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var channel = new TeamsChannel(first, connector, "tenant-digest");
        await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
        await channel.SayAsync("29:alice", "Alice", "digest subscribe #WEB daily 09:00 tz:Europe/Berlin");
        var monitor = first.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var before = (Requests: connector.Requests.Count, Succeeded: monitor.SucceededListCount());

        // Both hosts' servers poll the one Hangfire file; each host enqueues the slot three times.
        _clock.SetUtcNow(Slot);
        foreach (var host in new[] { first, second, first, second, first, second })
        {
            await host.Services.GetRequiredService<IScheduler>().EnqueueAsync(DigestJob.JobKind, DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        }

        await EventuallyAsync(() => monitor.SucceededListCount() >= before.Succeeded + 6);

        Assert.Equal(2, monitor.Servers().Count);
        var digest = Assert.Single(connector.Requests.Skip(before.Requests));
        Assert.Contains("**Digest D-1**", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrottledOnce_IsRetried_AndTheDigestArrives()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var channel = new TeamsChannel(host, connector, "tenant-digest");
        await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
        await channel.SayAsync("29:alice", "Alice", "digest subscribe #WEB daily 09:00 tz:Europe/Berlin");
        var before = connector.Requests.Count;
        var job = host.Services.GetServices<IScheduledJob>().Single(j => j.Kind == DigestJob.JobKind);

        _clock.SetUtcNow(Slot);
        connector.AnswerNextWith(429, retryAfter: "1");
        var running = job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        while (!running.IsCompleted)
        {
            await Task.Delay(20);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        await running;
        var attempts = connector.Requests.Skip(before).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.Contains("**Digest D-1**", a.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("failing", await ListAsync(host), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    private static async Task<string> ListAsync(BotHost host) =>
        string.Join("\n", await host.AskAsync(ProgramBot.TestKit.Builders.ActivityBuilder.Message("digest list").InTenant("tenant-digest")
            .InConversation("19:approvals@thread.tacv2").From("29:alice", "Alice").Build()));

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "Hangfire did not finish the jobs in 30 s.");
    }
}
