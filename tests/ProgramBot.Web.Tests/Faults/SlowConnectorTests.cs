using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;
using ProgramBot.Web.Tests.Approvals;
using ProgramBot.Web.Tests.Auth;

namespace ProgramBot.Web.Tests.Faults;

/// <summary>
/// A Bot Connector that is slow, down or failing: the user's turn still answers within a few seconds,
/// an ambiguous failure of a new message is not sent twice, and the circuit opens and closes again.
/// Timeouts here are short (attempt 2 s, a turn's replies 1 s, a circuit after 2 failures for 1 s).
/// </summary>
public sealed class SlowConnectorTests : IAsyncLifetime
{
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(6);
    private readonly TempDatabase _database = new();
    private readonly RecordingLoggerProvider _logs = new();
    private FakeBotConnector _connector = null!;
    private BotHost _host = null!;
    private int _sends;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        string[] settings =
        [
            "--Outbound:AttemptTimeout=00:00:02",
            "--Outbound:TurnReplyTimeout=00:00:01",
            "--Outbound:BreakerMinimumThroughput=2",
            "--Outbound:BreakerSamplingDuration=00:00:10",
            "--Outbound:BreakerBreakDuration=00:00:01",
        ];
        _host = await BotHost.StartAsync(
            _database.ConnectionString, new FakeTimeProvider(BotHostFixture.Start), services => services.AddSingleton<ILoggerProvider>(_logs), settings: settings);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        _logs.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Turn_AnswersWithinSeconds_WhenTheConnectorHoldsTheReply()
    {
        _connector.HoldNextSend();
        var watch = Stopwatch.StartNew();

        using var response = await _host.PostActivityAsync(Message(_connector.BaseUri).Build());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, FewSeconds);
        Assert.Single(_connector.Requests);
        Assert.Contains(_logs.Lines, line => line.StartsWith("Replies of message turn", StringComparison.Ordinal) && line.Contains("not delivered within 00:00:01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Turn_AnswersWithinSeconds_WhenTheConnectorIsDown()
    {
        var watch = Stopwatch.StartNew();

        using var response = await _host.PostActivityAsync(Message(RefusedAddress()).Build());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, FewSeconds);
        Assert.Contains(_logs.Lines, line => line.StartsWith("The apology for failed turn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApprovalClick_AnswersWithinSeconds_WhenTheConnectorHoldsTheCopyUpdate()
    {
        var channel = new TeamsChannel(_host, _connector, "tenant-approvals");
        await channel.SayAsync("29:alice", "Alice", "project new WEB Website");
        await channel.SayAsync("29:alice", "Alice", "approval request schedule Move WEB launch #WEB approvers:<at>Dana</at>", ("29:dana", "Dana"));
        _connector.HoldNextSend();
        var watch = Stopwatch.StartNew();

        var decided = await channel.ClickAsync("29:dana", "Dana", "approval.approve", "A-1");

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)decided["type"]);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, FewSeconds);
        Assert.Contains(_connector.Requests, r => r.Method == "PUT" && r.ReplyId == FakeBotConnector.HeldReplyId);
    }

    [Fact]
    public async Task ProactiveSend_IsNotSentAgain_AfterAnAmbiguousTimeout()
    {
        _connector.HoldNextSend();

        var result = await SendAsync();
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.Equal((DeliveryOutcome.Failed, "timed out"), (result.Outcome, result.Reason));
        Assert.Single(_connector.Requests);
        Assert.Contains(_logs.Lines, line => line.StartsWith("BotConnector POST to", StringComparison.Ordinal) && line.Contains("not retried", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Circuit_Opens_AfterRepeated503And504_AndClosesAfterTheBreak()
    {
        _connector.AnswerNextWith(503);
        _connector.AnswerNextWith(504);

        var first = await SendAsync();
        var second = await SendAsync();
        var whileOpen = await SendAsync();
        var requestsWhileOpen = _connector.Requests.Count;
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var afterBreak = await SendAsync();

        // A gateway timeout may have delivered a new message, so the 504 is not sent again; it opens the circuit.
        Assert.Equal((DeliveryOutcome.Failed, DeliveryOutcome.Failed), (first.Outcome, second.Outcome));
        Assert.Equal((DeliveryOutcome.Failed, "circuit open"), (whileOpen.Outcome, whileOpen.Reason));
        Assert.Equal(2, requestsWhileOpen);
        Assert.Equal(DeliveryOutcome.Delivered, afterBreak.Outcome);
        Assert.Equal(3, _connector.Requests.Count);
        Assert.Contains(_logs.Lines, line => line.StartsWith("BotConnector circuit to", StringComparison.Ordinal) && line.Contains("opened", StringComparison.Ordinal));
    }

    private static ActivityBuilder Message(Uri serviceUrl) =>
        ActivityBuilder.Message("help").InTenant("tenant-slow").InConversation("19:slow@thread.tacv2").From("29:alice", "Alice").WithServiceUrl(serviceUrl);

    // Each send to its own conversation and tenant: the pacer, which reads the frozen clock, never waits.
    private Task<DeliveryResult> SendAsync()
    {
        var messenger = _host.Services.GetRequiredService<IProactiveMessenger>();
        var n = Interlocked.Increment(ref _sends);
        var address = new ConversationAddress(1, $"19:digest-{n}@thread.tacv2", "msteams", _connector.BaseUri.ToString(), $"tenant-{n}", "28:programbot", "ProgramBot");
        return messenger.SendAsync(address, new MessageView("Weekly digest"), CancellationToken.None);
    }

    // A port that was just free: nothing listens there, so connecting is refused.
    private static Uri RefusedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
