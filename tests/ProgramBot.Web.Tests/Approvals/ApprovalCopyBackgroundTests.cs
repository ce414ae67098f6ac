using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Approvals;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests.Approvals;

/// <summary>
/// A decision whose card copy the deciding turn could not update — the Bot Connector holds the update past
/// the turn's reply budget (1 s here), which also leaves no time to tell the requester — is finished by the
/// background job through the real Hangfire server: the copy updated once more, the requester told once.
/// </summary>
public sealed class ApprovalCopyBackgroundTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private FakeBotConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = await BotHost.StartAsync(
            _database.ConnectionString, new FakeTimeProvider(BotHostFixture.Start), _ => { }, settings: ["--Outbound:TurnReplyTimeout=00:00:01"]);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task CopyUpdateCutOffInTheTurn_IsUpdatedByTheBackgroundJobOnce_AndTheRequesterIsToldOnce()
    {
        var channel = new TeamsChannel(_host, _connector, "tenant-copies");
        await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
        await channel.SayAsync("29:alice", "Alice", "approval request schedule Move WEB launch #WEB approvers:<at>Dana</at>", ("29:dana", "Dana"));
        var card = Assert.Single(_connector.Requests, r => r.Method == "POST" && r.Body?.ToJsonString().Contains("A-1", StringComparison.Ordinal) == true);
        var before = _connector.Requests.Count;
        _connector.HoldNextSend();

        await channel.ClickAsync("29:dana", "Dana", "approval.approve", "A-1");
        var after = (await _connector.WaitForAsync(before + 3, TimeSpan.FromSeconds(30))).Skip(before).ToList();
        var again = await _host.Services.GetServices<IScheduledJob>().OfType<ApprovalCopyJob>().Single().RunOnceAsync(CancellationToken.None);

        Assert.Equal(["PUT", "PUT", "POST"], after.Select(r => r.Method));
        Assert.All(after.Take(2), put => Assert.EndsWith("/activities/" + card.ReplyId, put.Path, StringComparison.Ordinal));
        Assert.Equal(FakeBotConnector.HeldReplyId, after[0].ReplyId);
        Assert.Contains("approved", after[1].Body?.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<at>Alice</at> A-1 \"Move WEB launch\" was approved by Dana.", after[2].Text, StringComparison.Ordinal);
        Assert.Equal((0, 0), again);
        Assert.Equal(before + 3, _connector.Requests.Count);
    }
}
