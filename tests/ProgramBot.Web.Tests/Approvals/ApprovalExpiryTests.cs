using Microsoft.Extensions.Time.Testing;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests.Approvals;

/// <summary>A pending request past its due date expires when read or acted on; a clock of its own.</summary>
public sealed class ApprovalExpiryTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(BotHostFixture.Start);

    [Fact]
    public async Task PendingRequest_ExpiresAfterItsDueDate()
    {
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        await using var connector = await FakeBotConnector.StartAsync();
        var channel = new TeamsChannel(host, connector, "tenant-expiry");
        await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
        await channel.SayAsync("29:alice", "Alice", "approval request budget Extra 10k #WEB approvers:<at>Dana</at> due:2026-11-28", ("29:dana", "Dana"));
        var listed = await AskAsync(host, "29:dana", "Dana", "approvals");

        _clock.Advance(TimeSpan.FromDays(3));
        var late = await channel.ClickAsync("29:dana", "Dana", "approval.approve", "A-1");
        var mine = await AskAsync(host, "29:alice", "Alice", "approvals mine");
        var waiting = await AskAsync(host, "29:dana", "Dana", "approvals pending");

        Assert.Contains("**A-1** budget: Extra 10k", listed);
        Assert.Equal("A-1 expired: it was due 2026-11-28.", (string?)late["value"]);
        Assert.Contains("**expired**", mine);
        Assert.Equal("Waiting for your decision: none.", waiting);
        Assert.DoesNotContain(connector.Requests, r => r.Method == "PUT");
    }

    public void Dispose() => _database.Dispose();

    private static async Task<string> AskAsync(BotHost host, string userId, string name, string text) =>
        string.Join("\n", await host.AskAsync(ActivityBuilder.Message(text).InTenant("tenant-expiry").From(userId, name).Build()));
}
