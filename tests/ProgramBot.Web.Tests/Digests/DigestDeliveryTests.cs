using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Digests;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;
using ProgramBot.Web.Tests.Approvals;

namespace ProgramBot.Web.Tests.Digests;

/// <summary>A subscribed channel gets its digest through Hangfire and the Bot Connector, once per slot.</summary>
public sealed class DigestDeliveryTests : IDisposable
{
    // Thursday 2026-11-26 07:30 UTC is 08:30 in Berlin; the 09:00 Berlin slot is 08:00 UTC.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 7, 30, 0, TimeSpan.Zero));
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Subscription_IsScheduled_DeliveredOncePerSlot_AndFailingWhenRefused()
    {
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        await using var connector = await FakeBotConnector.StartAsync();
        var channel = new TeamsChannel(host, connector, "tenant-digest");
        await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
        await channel.SayAsync("29:alice", "Alice", "task add Write spec #WEB");
        await channel.SayAsync("29:alice", "Alice", "digest subscribe #WEB daily 09:00 tz:Europe/Berlin");
        var scheduler = host.Services.GetRequiredService<IScheduler>();
        Assert.Equal(["digest-1-1"], await EventuallyAsync(() => scheduler.ListRecurringAsync(DigestCron.EntryPrefix, CancellationToken.None)));
        var before = connector.Requests.Count;

        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        await scheduler.EnqueueAsync(DigestJob.JobKind, DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        var sent = await connector.WaitForAsync(before + 1, TimeSpan.FromSeconds(20));
        var job = host.Services.GetServices<IScheduledJob>().Single(j => j.Kind == DigestJob.JobKind);
        await job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);

        var digest = sent[^1];
        Assert.Contains("**Digest D-1** — project WEB, first digest", digest.Text, StringComparison.Ordinal);
        Assert.Contains("**WEB** Website: 0%", digest.Text, StringComparison.Ordinal);
        Assert.Equal(before + 1, connector.Requests.Count);

        _clock.Advance(TimeSpan.FromDays(1));
        connector.AnswerNextWith(403);
        await job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        var listed = string.Join("\n", await host.AskAsync(ActivityBuilder.Message("digest list").InTenant("tenant-digest")
            .InConversation("19:approvals@thread.tacv2").From("29:alice", "Alice").Build()));

        Assert.Contains("**failing**: 403", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameSlot_RunByManyWorkersAtOnce_PostsOnce()
    {
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        await using var connector = await FakeBotConnector.StartAsync();
        var channel = new TeamsChannel(host, connector, "tenant-digest");
        await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
        await channel.SayAsync("29:alice", "Alice", "digest subscribe #WEB daily 09:00 tz:Europe/Berlin");
        var before = connector.Requests.Count;
        var job = host.Services.GetServices<IScheduledJob>().Single(j => j.Kind == DigestJob.JobKind);

        // Two days down: the workers all find the same newest slot, and the claim lets one of them send.
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => job.RunAsync(DigestJob.ArgumentFor(1, 1), CancellationToken.None))));

        var digest = Assert.Single(connector.Requests.Skip(before));
        Assert.Contains("**Digest D-1**", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestartBetweenSubscribeAndSlot_StillDelivers()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using (var first = await BotHost.StartAsync(_database.ConnectionString, _clock))
        {
            var channel = new TeamsChannel(first, connector, "tenant-digest");
            await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
            await channel.SayAsync("29:alice", "Alice", "digest subscribe #WEB weekdays 09:00 tz:Europe/Berlin");
        }

        File.Delete(Path.Combine(_database.Folder, "programbot-hangfire.db"));
        await using var second = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var scheduler = second.Services.GetRequiredService<IScheduler>();
        var entries = await EventuallyAsync(() => scheduler.ListRecurringAsync(DigestCron.EntryPrefix, CancellationToken.None));
        var before = connector.Requests.Count;
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        await scheduler.EnqueueAsync(DigestJob.JobKind, DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        var sent = await connector.WaitForAsync(before + 1, TimeSpan.FromSeconds(20));

        Assert.Equal(["digest-1-1"], entries);
        Assert.Contains("**Digest D-1**", sent[^1].Text, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    private static async Task<IReadOnlyList<string>> EventuallyAsync(Func<Task<IReadOnlyList<string>>> read)
    {
        for (var i = 0; i < 100; i++)
        {
            var ids = await read();
            if (ids.Count > 0)
            {
                return ids;
            }

            await Task.Delay(50);
        }

        return await read();
    }
}
