using ProgramBot.TestKit.Fakes;

namespace ProgramBot.Web.Tests.Approvals;

/// <summary>Approvals through Teams-shaped traffic: card posted, decided by approvers only, updated in place.</summary>
public sealed class ApprovalFlowTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>, IAsyncLifetime
{
    private const string Alice = "29:alice";
    private const string Dana = "29:dana";
    private const string Eve = "29:eve";
    private FakeBotConnector _connector = null!;
    private TeamsChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _channel = new TeamsChannel(fixture.Host, _connector, Guid.NewGuid().ToString("N"));
        await _channel.SayAsync(Alice, "Alice", "project new WEB Website");
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task PolicyAll_ApprovedByOne_RejectedByOther_UpdatesCardAndTellsRequester()
    {
        await RequestAsync("policy:all");
        var posted = Assert.Single(_connector.Requests, r => r.Method == "POST" && CardText(r).Contains("A-1", StringComparison.Ordinal));

        var afterDana = await _channel.ClickAsync(Dana, "Dana", "approval.approve", "A-1", "Looks fine");
        var noComment = await _channel.ClickAsync(Eve, "Eve", "approval.reject", "A-1");
        var afterEve = await _channel.ClickAsync(Eve, "Eve", "approval.reject", "A-1", "Too late in the quarter");

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)afterDana["type"]);
        Assert.Contains("Add a comment", (string?)noComment["value"]);
        var updates = _connector.Requests.Where(r => r.Method == "PUT").ToList();
        Assert.Equal(2, updates.Count);
        Assert.All(updates, u => Assert.EndsWith("/activities/" + posted.ReplyId, u.Path, StringComparison.Ordinal));
        Assert.Contains("rejected", CardText(updates[1]), StringComparison.OrdinalIgnoreCase);
        var notice = Assert.Single(_connector.Requests, r => r.Text?.Contains("was rejected by Eve", StringComparison.Ordinal) == true);
        Assert.Contains("<at>Alice</at>", notice.Text, StringComparison.Ordinal);
        Assert.Contains("rejected", (string?)afterEve["value"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NonApprover_IsRefused_AndNothingChanges()
    {
        await RequestAsync();

        var refused = await _channel.ClickAsync("29:mallory", "Mallory", "approval.approve", "A-1");

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)refused["type"]);
        Assert.Equal("Only the approvers of A-1 can decide it.", (string?)refused["value"]);
        Assert.DoesNotContain(_connector.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task ResentInvoke_IsHarmless()
    {
        await RequestAsync();

        var first = await _channel.ClickAsync(Dana, "Dana", "approval.approve", "A-1", invokeId: "invoke-once");
        var again = await _channel.ClickAsync(Dana, "Dana", "approval.approve", "A-1", invokeId: "invoke-once");

        Assert.Equal((string?)first["type"], (string?)again["type"]);
        Assert.Single(_connector.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task FiftyConcurrentClicks_FromTwoApprovers_MakeExactlyOneDecision()
    {
        await RequestAsync();

        var clicks = Enumerable.Range(0, 50).Select(i => i % 2 == 0
            ? _channel.ClickAsync(Dana, "Dana", "approval.approve", "A-1")
            : _channel.ClickAsync(Eve, "Eve", "approval.approve", "A-1"));
        var responses = await Task.WhenAll(clicks);

        Assert.Single(_connector.Requests, r => r.Method == "PUT");
        Assert.Single(_connector.Requests, r => r.Text?.Contains("was approved by", StringComparison.Ordinal) == true);
        Assert.Equal(49, responses.Count(r => ((string?)r["value"]?.ToString())?.Contains("already approved by", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task ApprovalNew_GuidedForm_PostsTheSameCard()
    {
        await _channel.SayAsync(Alice, "Alice", "approval new");
        await _channel.SayAsync(Alice, "Alice", "budget");
        await _channel.SayAsync(Alice, "Alice", "Extra 10k for load tests");
        await _channel.SayAsync(Alice, "Alice", "nobody in particular");
        await _channel.SayAsync(Alice, "Alice", "<at>Dana</at> and <at>Eve</at>", (Dana, "Dana"), (Eve, "Eve"));
        await _channel.SayAsync(Alice, "Alice", "all");
        await _channel.SayAsync(Alice, "Alice", "none");

        var texts = _connector.Requests.Where(r => r.Method == "POST").Select(r => r.Text ?? string.Empty).ToList();
        var decided = await _channel.ClickAsync(Dana, "Dana", "approval.approve", "A-1");

        Assert.Contains(texts, t => t.Contains("Please @mention the approvers", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("**A-1** budget: Extra 10k for load tests", StringComparison.Ordinal) && t.Contains("all must approve", StringComparison.Ordinal));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)decided["type"]);
        Assert.Single(_connector.Requests, r => r.Method == "PUT");
    }

    private Task RequestAsync(string extra = "") => _channel.SayAsync(
        Alice, "Alice", $"approval request schedule Move WEB launch to Jan 15 #WEB approvers:<at>Dana</at>,<at>Eve</at> {extra}".Trim(),
        (Dana, "Dana"), (Eve, "Eve"));

    private static string CardText(RecordedRequest request) => request.Body?.ToJsonString() ?? string.Empty;
}
