using System.Text.Json.Nodes;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;

namespace ProgramBot.Web.Tests.Approvals;

/// <summary>Expiry, escalation, lists and task buttons through Teams-shaped traffic.</summary>
public sealed class CardActionTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>, IAsyncLifetime
{
    private readonly string _tenant = Guid.NewGuid().ToString("N");
    private FakeBotConnector _connector = null!;
    private TeamsChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _channel = new TeamsChannel(fixture.Host, _connector, _tenant);
        await _channel.SayAsync("29:alice", "Alice", "project new WEB Website");
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task EscalatedRisk_PostsRiskAcceptanceCard_AndDecisionGoesToRiskHistory()
    {
        await _channel.SayAsync("29:alice", "Alice", "risk add Launch slips #WEB p:5 i:4");
        var card = Assert.Single(_connector.Requests, r => r.Body?.ToJsonString().Contains("Accept risk R-1", StringComparison.Ordinal) == true);

        var decided = await _channel.ClickAsync("29:alice", "Alice", "approval.approve", "A-1", "Accepted for launch");

        Assert.Contains("risk acceptance", card.Text, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)decided["type"]);
        Assert.Contains("Approved", decided["value"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TaskButtons_RunTheSameUseCases_AndAnswerWithTheUpdatedCard()
    {
        await _channel.SayAsync("29:alice", "Alice", "task add Ship it #WEB");

        var started = await _channel.ClickAsync("29:bob", "Bob", "task.start", "WEB-1");
        var mine = await _channel.ClickAsync("29:bob", "Bob", "task.assignToMe", "WEB-1");
        var again = await _channel.ClickAsync("29:bob", "Bob", "task.start", "WEB-1");
        var forged = await _channel.ClickAsync("29:bob", "Bob", "task.done", "NOPE-1");

        Assert.Contains("in progress", started["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Bob", mine["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("WEB-1 is already in progress.\n\nUsage: `task start <id>`", (string?)again["value"]);
        Assert.StartsWith("There's no task NOPE-1 here.", (string?)forged["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionSubmitFallback_RunsTheSameUseCase()
    {
        await _channel.SayAsync("29:alice", "Alice", "task add Ship it #WEB");
        var submit = ActivityBuilder.Message(string.Empty).InTenant(_tenant).From("29:bob", "Bob")
            .Set("value", new JsonObject { ["verb"] = "task.done", ["id"] = "WEB-1" }).Build();

        var replies = await fixture.Host.AskAsync(submit);
        var shown = await AskAsync("29:alice", "Alice", "task show WEB-1");

        Assert.Single(replies);
        Assert.Contains("· done ·", shown);
    }

    [Fact]
    public async Task UnknownVerb_GetsAMessage_NotAnError()
    {
        var response = await _channel.ClickAsync("29:bob", "Bob", "task.delete", "WEB-1");

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
    }

    private async Task<string> AskAsync(string userId, string name, string text) =>
        string.Join("\n", await fixture.Host.AskAsync(ActivityBuilder.Message(text).InTenant(_tenant).From(userId, name).Build()));
}
