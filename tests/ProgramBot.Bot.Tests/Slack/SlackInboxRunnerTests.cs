using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ProgramBot.Application.Abstractions;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Infrastructure;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Bot.Tests.Slack;

/// <summary>The Slack inbox's workers over a real SQLite inbox, with the turn itself stubbed and the clock fake.</summary>
public sealed class SlackInboxRunnerTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
    private readonly Mock<ISlackInboundProcessor> _processor = new();
    private readonly Mock<ILogger<SlackInboxRunner>> _logger = new();
    private readonly List<SlackInbound> _processed = [];
    private readonly SlackOptions _options = new() { InboxLease = Lease, InboxRetryDelay = RetryDelay, InboxMaxAttempts = 3, Workers = 2 };
    private ServiceProvider _services = null!;
    private ISlackInboxStore _store = null!;
    private SlackInbox _inbox = null!;
    private SlackInboxRunner _runner = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:ProgramBot"] = _database.ConnectionString })
            .Build();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(_clock)
            .AddProgramBotStorage(configuration)
            .BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var options = Options.Create(_options);
        _store = _services.GetRequiredService<ISlackInboxStore>();
        _inbox = new SlackInbox(_store, _clock, options);
        _runner = new SlackInboxRunner(_store, _processor.Object, _clock, options, _logger.Object);
        _logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        RecordTurns();
    }

    [Fact]
    public async Task RunNextAsync_TakesOverARequestWhoseWorkerDied_OnceItsLeaseRanOut()
    {
        await AcceptCommandAsync("task list");
        var dead = await _store.ClaimNextAsync(_clock.GetUtcNow(), _clock.GetUtcNow() + Lease, default);

        var whileLeased = await _runner.RunNextAsync(default);
        _clock.Advance(Lease);
        var afterLease = await _runner.RunNextAsync(default);

        Assert.False(whileLeased);
        Assert.True(afterLease);
        var run = Assert.Single(_processed);
        Assert.Equal((dead!.Request.Key, 2, "task list"), (run.Key, run.Attempt, (string?)run.Payload["text"]));
        Assert.Equal(0, await _inbox.PendingAsync(default));
    }

    [Fact]
    public async Task RunNextAsync_GivesUpAndLogs_AfterMaxAttempts_WhenEveryRunFails()
    {
        _processor.Setup(p => p.ProcessAsync(It.IsAny<SlackInbound>(), It.IsAny<CancellationToken>()))
            .Callback((SlackInbound inbound, CancellationToken _) => _processed.Add(inbound))
            .ThrowsAsync(new InvalidOperationException("the turn broke"));
        await AcceptCommandAsync("task list");

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.True(await _runner.RunNextAsync(default));
            Assert.False(await _runner.RunNextAsync(default));
            _clock.Advance(RetryDelay);
        }

        Assert.False(await _runner.RunNextAsync(default));
        Assert.Equal([1, 2, 3], _processed.Select(p => p.Attempt));
        Assert.Equal(0, await _inbox.PendingAsync(default));
        Assert.StartsWith("Given up: failed 3 times", await OutcomeAsync(), StringComparison.Ordinal);
        VerifyErrors(Times.Once());
    }

    [Fact]
    public async Task RunNextAsync_GivesUpWithoutRunningIt_WhenItsWorkerStoppedOnEveryAttempt()
    {
        await AcceptCommandAsync("task list");
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.NotNull(await _store.ClaimNextAsync(_clock.GetUtcNow(), _clock.GetUtcNow() + Lease, default));
            _clock.Advance(Lease);
        }

        var worked = await _runner.RunNextAsync(default);

        Assert.True(worked);
        Assert.Empty(_processed);
        Assert.Equal(0, await _inbox.PendingAsync(default));
        Assert.StartsWith("Given up: its worker died 3 times", await OutcomeAsync(), StringComparison.Ordinal);
        VerifyErrors(Times.Once());
    }

    [Fact]
    public async Task AcceptAsync_StoresARetriedEventOnce_AndItRunsOnce_WithoutSlacksVerificationToken()
    {
        var first = await AcceptEventAsync("Ev0RETRY");
        var retry = await AcceptEventAsync("Ev0RETRY");

        while (await _runner.RunNextAsync(default))
        {
        }

        Assert.Equal((InboxAddOutcome.Stored, InboxAddOutcome.Duplicate), (first, retry));
        var run = Assert.Single(_processed);
        Assert.Equal(("Ev0RETRY", SlackInboundKind.Event, 1), (run.Key, run.Kind, run.Attempt));
        Assert.Null(run.Payload["token"]);
        Assert.Equal("Ev0RETRY", (string?)run.Payload["event_id"]);
    }

    [Fact]
    public async Task AcceptAsync_StoresAReplayedCommandOnce_ByItsTriggerId()
    {
        var form = new JsonObject { ["team_id"] = "T0001", ["text"] = "task add Twice?", ["trigger_id"] = "123.456.abc" };

        var first = await _inbox.AcceptAsync(SlackInboundKind.Command, "T0001", form, default);
        var replay = await _inbox.AcceptAsync(SlackInboundKind.Command, "T0001", form.DeepClone().AsObject(), default);
        var another = await AcceptCommandAsync("task add Twice?");

        Assert.Equal((InboxAddOutcome.Stored, InboxAddOutcome.Duplicate, InboxAddOutcome.Stored), (first, replay, another));
    }

    [Fact]
    public async Task IdleWaitAsync_PurgesDoneRequests_OnceTheyArePastTheRetention()
    {
        await AcceptEventAsync("Ev0OLD");
        await _runner.RunNextAsync(default);
        _clock.Advance(TimeSpan.FromMinutes(56));
        await _runner.IdleWaitAsync(default);
        var withinRetention = await AcceptEventAsync("Ev0OLD");

        // The purge runs at most every five minutes: the next one comes after the hour.
        _clock.Advance(TimeSpan.FromMinutes(5));

        await _runner.IdleWaitAsync(default);

        Assert.Equal(InboxAddOutcome.Duplicate, withinRetention);
        Assert.Equal(InboxAddOutcome.Stored, await AcceptEventAsync("Ev0OLD"));
    }

    [Fact]
    public async Task AcceptAsync_RefusesAsFull_WhenQueueCapacityRequestsArePending()
    {
        var inbox = new SlackInbox(_store, _clock, Options.Create(new SlackOptions { QueueCapacity = 1 }));

        var first = await inbox.AcceptAsync(SlackInboundKind.Command, "T0001", new JsonObject { ["text"] = "one" }, default);
        var second = await inbox.AcceptAsync(SlackInboundKind.Command, "T0001", new JsonObject { ["text"] = "two" }, default);

        Assert.Equal((InboxAddOutcome.Stored, InboxAddOutcome.Full), (first, second));
    }

    [Fact]
    public async Task RunNextAsync_CutsTheTurnShortAtTheEndOfItsLease_AndTriesItAgainAfterTheRetryDelay()
    {
        var started = HoldTurns();
        await AcceptCommandAsync("task list");

        var run = _runner.RunNextAsync(default);
        await started.WaitAsync(TimeSpan.FromSeconds(10));
        _clock.Advance(Lease);

        Assert.True(await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(_clock.GetUtcNow() + RetryDelay, await _store.NextAvailableAsync(default));
        Assert.Equal(1, await _inbox.PendingAsync(default));
    }

    [Fact]
    public async Task RunNextAsync_GivesTheRequestBackAtOnce_WhenTheHostStops()
    {
        var started = HoldTurns();
        await AcceptCommandAsync("task list");
        using var stopping = new CancellationTokenSource();

        var run = _runner.RunNextAsync(stopping.Token);
        await started.WaitAsync(TimeSpan.FromSeconds(10));
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(_clock.GetUtcNow(), await _store.NextAvailableAsync(default));
    }

    [Fact]
    public async Task RunNextAsync_DoesNotUseUpAnAttempt_WhenTheHostStopsDuringTheRun()
    {
        await AcceptCommandAsync("task list");
        for (var restart = 1; restart <= 3; restart++)
        {
            var started = HoldTurns();
            using var stopping = new CancellationTokenSource();
            var run = _runner.RunNextAsync(stopping.Token);
            await started.WaitAsync(TimeSpan.FromSeconds(10));
            await stopping.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        RecordTurns();
        var worked = await _runner.RunNextAsync(default);

        Assert.True(worked);
        var last = Assert.Single(_processed);
        Assert.Equal(4, last.Attempt);
        Assert.Equal(SlackInboxRunner.DoneOutcome, await OutcomeAsync());
        VerifyErrors(Times.Never());
    }

    [Fact]
    public async Task RunNextAsync_LeavesTheRequestToTheWorkerThatTookItOver_WhenItsTurnOutlivesItsLease()
    {
        ClaimedInboxRequest? takenOver = null;
        _processor.Setup(p => p.ProcessAsync(It.IsAny<SlackInbound>(), It.IsAny<CancellationToken>()))
            .Returns(async (SlackInbound _, CancellationToken _) =>
            {
                // A turn that does not look at its token: its lease runs out and another worker takes the request over.
                _clock.Advance(Lease);
                takenOver = await _store.ClaimNextAsync(_clock.GetUtcNow(), _clock.GetUtcNow() + Lease, default);
            });
        await AcceptCommandAsync("task list");

        var worked = await _runner.RunNextAsync(default);

        Assert.True(worked);
        Assert.NotNull(takenOver);
        Assert.Equal(1, await _inbox.PendingAsync(default));
        Assert.Null(await OutcomeAsync());
        Assert.Equal(_clock.GetUtcNow() + Lease, await _store.NextAvailableAsync(default));
        Assert.True(await _store.CompleteAsync(takenOver, SlackInboxRunner.DoneOutcome, _clock.GetUtcNow(), default));
    }

    [Fact]
    public async Task RunNextAsync_GivesTheTurnOnlyWhatIsLeftOfItsLease_WhenTheClaimTookTime()
    {
        var slowClaims = new Mock<ISlackInboxStore>();
        slowClaims.Setup(s => s.ClaimNextAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Returns(async (DateTimeOffset now, DateTimeOffset until, CancellationToken ct) =>
            {
                var claimed = await _store.ClaimNextAsync(now, until, ct);
                _clock.Advance(TimeSpan.FromMinutes(2));
                return claimed;
            });
        slowClaims.Setup(s => s.ReleaseAsync(It.IsAny<ClaimedInboxRequest>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Returns((ClaimedInboxRequest claimed, DateTimeOffset at, CancellationToken ct) => _store.ReleaseAsync(claimed, at, ct));
        var runner = new SlackInboxRunner(slowClaims.Object, _processor.Object, _clock, Options.Create(_options), _logger.Object);
        var started = HoldTurns();
        await AcceptCommandAsync("task list");

        var run = runner.RunNextAsync(default);
        await started.WaitAsync(TimeSpan.FromSeconds(10));
        _clock.Advance(Lease - TimeSpan.FromMinutes(2));

        Assert.True(await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(_clock.GetUtcNow() + RetryDelay, await _store.NextAvailableAsync(default));
    }

    [Fact]
    public async Task IdleWaitAsync_LastsUntilTheNextLeaseEnds_AndAtMostOneLease()
    {
        var empty = await _runner.IdleWaitAsync(default);
        await AcceptCommandAsync("task list");
        await _store.ClaimNextAsync(_clock.GetUtcNow(), _clock.GetUtcNow() + Lease, default);
        _clock.Advance(TimeSpan.FromMinutes(2));

        var leased = await _runner.IdleWaitAsync(default);

        Assert.Equal(Lease, empty);
        Assert.Equal(TimeSpan.FromMinutes(3), leased);
    }

    [Fact]
    public async Task WaitAsync_EndsWhenARequestArrives_OrWhenItsTimeIsUp()
    {
        var waiting = _inbox.WaitAsync(Timeout.InfiniteTimeSpan, default);
        await AcceptCommandAsync("task list");
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        var timed = _inbox.WaitAsync(TimeSpan.FromSeconds(30), default);
        var before = timed.IsCompleted;
        _clock.Advance(TimeSpan.FromSeconds(30));
        await timed.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(before);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    /// <summary>Every turn is recorded and ends at once.</summary>
    private void RecordTurns() =>
        _processor.Setup(p => p.ProcessAsync(It.IsAny<SlackInbound>(), It.IsAny<CancellationToken>()))
            .Callback((SlackInbound inbound, CancellationToken _) => _processed.Add(inbound))
            .Returns(Task.CompletedTask);

    /// <summary>Every turn runs until its token is cancelled; the task ends when the first one has started.</summary>
    private Task HoldTurns()
    {
        var started = new TaskCompletionSource();
        _processor.Setup(p => p.ProcessAsync(It.IsAny<SlackInbound>(), It.IsAny<CancellationToken>()))
            .Returns(async (SlackInbound _, CancellationToken ct) =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            });
        return started.Task;
    }

    private Task<InboxAddOutcome> AcceptCommandAsync(string text) =>
        _inbox.AcceptAsync(SlackInboundKind.Command, "T0001", new JsonObject { ["team_id"] = "T0001", ["text"] = text, ["token"] = "legacy" }, default);

    private Task<InboxAddOutcome> AcceptEventAsync(string eventId) =>
        _inbox.AcceptAsync(SlackInboundKind.Event, "T0001", new JsonObject { ["event_id"] = eventId, ["token"] = "legacy", ["type"] = "event_callback" }, default);

    private async Task<string?> OutcomeAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString + ";Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT outcome FROM slack_inbox";
        return await command.ExecuteScalarAsync() as string;
    }

    private void VerifyErrors(Times times) => _logger.Verify(
        l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
        times);
}
