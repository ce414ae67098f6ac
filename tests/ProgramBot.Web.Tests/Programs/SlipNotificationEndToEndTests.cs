using Microsoft.Extensions.Time.Testing;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;
using ProgramBot.Web.Tests.Approvals;

namespace ProgramBot.Web.Tests.Programs;

/// <summary>A dependency across projects, then a slip at its head: each bound channel is told once, through the Bot Connector.</summary>
public sealed class SlipNotificationEndToEndTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task SlipAtTheHead_TellsEachBoundChannelOnce()
    {
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        await using var connector = await FakeBotConnector.StartAsync();
        var api = new TeamsChannel(host, connector, "tenant-slip", "19:api@thread.tacv2");
        var web = new TeamsChannel(host, connector, "tenant-slip", "19:web@thread.tacv2");
        await api.SayAsync("29:alice", "Alice", "project new API Backend");
        await api.SayAsync("29:alice", "Alice", "project new WEB Website end:2026-12-15");
        await api.SayAsync("29:alice", "Alice", "project bind #API");
        await web.SayAsync("29:alice", "Alice", "project bind #WEB");
        await api.SayAsync("29:alice", "Alice", "task add Endpoint due:2026-12-10 #API");
        await web.SayAsync("29:alice", "Alice", "task add Launch due:2026-12-10 #WEB milestone");
        await web.SayAsync("29:alice", "Alice", "task depends WEB-1 on API-1");
        var before = connector.Requests.Count;

        // The messenger paces sends per tenant on the host's clock, so the fake clock has to move meanwhile.
        using (ClockTicker.Start(_clock))
        {
            await api.SayAsync("29:alice", "Alice", "task due API-1 2026-12-18");
            await connector.WaitForAsync(before + 3, TimeSpan.FromSeconds(20));
        }

        await api.SayAsync("29:alice", "Alice", "task show WEB-1");
        var sent = await connector.WaitForAsync(before + 4, TimeSpan.FromSeconds(20));

        var notices = sent.Skip(before).Where(r => r.Text?.StartsWith("API-1 slipped", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, notices.Count);
        Assert.Equal(
            "API-1 slipped 8 days → milestone Launch now Dec 18, after target Dec 15; project WEB now ends Dec 18, after target Dec 15",
            Assert.Single(notices, n => n.Path.Contains("19:web", StringComparison.Ordinal)).Text);
        Assert.Contains("Waits for: API-1 Endpoint\n\nForecast: Fri 2026-12-18, pushed out by what it waits for", sent[^1].Text, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
