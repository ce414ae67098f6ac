using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Digests;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Facts;
using ProgramBot.TestKit.Fakes;
using ProgramBot.Web.Tests.Approvals;

namespace ProgramBot.Web.Tests.Scaling;

/// <summary>
/// Two instances behind a load balancer on one PostgreSQL database behave like one: whatever must happen once
/// happens once, whichever instance each request reaches.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    // Thursday 2026-11-26 07:30 UTC; a 09:00 Berlin slot is 08:00 UTC.
    private static readonly DateTimeOffset Slot = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 7, 30, 0, TimeSpan.Zero));
    private PostgresInstances? _instances;
    private FakeBotConnector? _connector;

    private PostgresInstances Instances => _instances!;

    private FakeBotConnector Connector => _connector!;

    public async Task InitializeAsync()
    {
        if (!TestKit.Storage.PostgresTestServer.IsConfigured)
        {
            return;
        }

        _connector = await FakeBotConnector.StartAsync();
        _instances = await PostgresInstances.StartAsync(_clock);
    }

    public async Task DisposeAsync()
    {
        if (_instances is not null)
        {
            await _instances.DisposeAsync();
        }

        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task ConcurrentApprovalClicks_OnBothInstances_MakeExactlyOneDecision()
    {
        var channel = new TeamsChannel(Instances.First, Connector, "tenant-scale");
        await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
        await channel.SayAsync(
            "29:alice", "Alice", "approval request schedule Move launch #WEB approvers:<at>Dana</at>,<at>Eve</at>", ("29:dana", "Dana"), ("29:eve", "Eve"));
        var onSecond = new TeamsChannel(Instances.Second, Connector, "tenant-scale");

        var clicks = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? channel : onSecond)
            .ClickAsync(i % 4 < 2 ? "29:dana" : "29:eve", i % 4 < 2 ? "Dana" : "Eve", "approval.approve", "A-1")));

        Assert.Single(Connector.Requests, r => r.Method == "PUT");
        Assert.Single(Connector.Requests, r => r.Text?.Contains("was approved by", StringComparison.Ordinal) == true);
        Assert.Equal(19, clicks.Count(r => r["value"]?.ToString().Contains("already approved by", StringComparison.Ordinal) == true));
    }

    [PostgresFact]
    public async Task SameActivity_DeliveredToBothInstances_CreatesOneTask()
    {
        var channel = new TeamsChannel(Instances.First, Connector, "tenant-scale");
        await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
        var activity = ActivityBuilder.Message("task add Only once #WEB").InTenant("tenant-scale").InConversation("19:approvals@thread.tacv2")
            .From("29:alice", "Alice").WithId("activity-twice").Build();

        var replies = await Task.WhenAll(
            Instances.First.AskAsync(activity), Instances.Second.AskAsync((System.Text.Json.Nodes.JsonObject)activity.DeepClone()));
        var listed = string.Join("\n", await Instances.Second.AskAsync(ActivityBuilder.Message("task list #WEB").InTenant("tenant-scale")
            .InConversation("19:approvals@thread.tacv2").From("29:alice", "Alice").Build()));

        Assert.Single(replies, r => r.Count > 0 && r[0].Contains("WEB-1", StringComparison.Ordinal));
        Assert.Single(replies, r => r.Count == 0);
        Assert.DoesNotContain("WEB-2", listed, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task SameDigestSlot_DueOnBothInstances_PostsOnce()
    {
        var channel = new TeamsChannel(Instances.First, Connector, "tenant-scale");
        await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
        await channel.SayAsync("29:alice", "Alice", "digest subscribe #WEB daily 09:00 tz:Europe/Berlin");
        var monitor = Instances.First.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var before = (Requests: Connector.Requests.Count, Succeeded: monitor.SucceededListCount());

        _clock.SetUtcNow(Slot);
        for (var i = 0; i < 6; i++)
        {
            await Instances.Either(i).Services.GetRequiredService<IScheduler>()
                .EnqueueAsync(DigestJob.JobKind, DigestJob.ArgumentFor(1, 1), CancellationToken.None);
        }

        await EventuallyAsync(() => monitor.SucceededListCount() >= before.Succeeded + 6);

        Assert.Equal(2, monitor.Servers().Count);
        var digest = Assert.Single(Connector.Requests.Skip(before.Requests));
        Assert.Contains("**Digest D-1**", digest.Text, StringComparison.Ordinal);
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "Hangfire did not finish the jobs in 30 s.");
    }
}
