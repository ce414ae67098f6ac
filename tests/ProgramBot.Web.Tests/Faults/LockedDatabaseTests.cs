using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Bot.Bots;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;
using ProgramBot.Web.Tests.Approvals;
using ProgramBot.Web.Tests.Auth;
using ProgramBot.Web.Tests.Hostile;

namespace ProgramBot.Web.Tests.Faults;

/// <summary>
/// A database locked by another process through the real host: after the busy timeout and the
/// bounded retries the user is asked to try again, nothing is written, and the same activity goes
/// through once the lock is gone.
/// </summary>
public sealed class LockedDatabaseTests : IAsyncLifetime
{
    private const string Tenant = "tenant-lock";
    private readonly TempDatabase _database = new();
    private readonly RecordingLoggerProvider _logs = new();
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        // One attempt waits at least a second (the driver's command timeout is in whole seconds): two attempts, ~2 s a turn.
        string[] settings = ["--Storage:BusyTimeout=00:00:00.200", "--Storage:BusyRetries=1"];
        _host = await BotHost.StartAsync(
            _database.ConnectionString, new FakeTimeProvider(BotHostFixture.Start), services => services.AddSingleton<ILoggerProvider>(_logs), settings: settings);
        await _host.AskAsync(Message("project new WEB Website").Build());
    }

    [Fact]
    public async Task Command_AsksToTryAgain_AndChangesNothing_WhenTheDatabaseStaysLocked()
    {
        var before = await DatabaseDump.ReadAsync(_database.FilePath);
        var command = Message("task add Write spec #WEB").WithId("activity-locked-1").Build();

        IReadOnlyList<string> replies;
        var elapsed = Stopwatch.StartNew();
        await using (var held = await DatabaseLock.TakeAsync(_database.FilePath))
        {
            replies = await _host.AskAsync(command.DeepClone().AsObject());
        }

        elapsed.Stop();
        Assert.Equal([StorageFaultMiddleware.TryAgainText], replies);
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(10), $"The turn waited {elapsed.Elapsed} for the lock.");
        Assert.Equal(before, await DatabaseDump.ReadAsync(_database.FilePath));
        Assert.Contains(_logs.Lines, line => line.StartsWith("Database still busy during write (SQLite error 5) after 2 attempts", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, line => line.StartsWith("The database was unavailable for message activity activity-locked-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SameActivity_GoesThrough_OnceTheLockIsReleased()
    {
        var command = Message("task add Write spec #WEB").WithId("activity-locked-2").Build();
        await using (var held = await DatabaseLock.TakeAsync(_database.FilePath))
        {
            Assert.Equal([StorageFaultMiddleware.TryAgainText], await _host.AskAsync(command.DeepClone().AsObject()));
        }

        // The channel re-delivers the very same activity: its claim was rolled back with the change, so it runs.
        var replies = string.Join("\n", await _host.AskAsync(command.DeepClone().AsObject()));
        var list = string.Join("\n", await _host.AskAsync(Message("task list #WEB").Build()));

        Assert.Contains("WEB-1", replies, StringComparison.Ordinal);
        Assert.Contains("Write spec", list, StringComparison.Ordinal);
        Assert.DoesNotContain("WEB-2", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardAction_IsAnsweredWithTryAgain_NotAnError_WhenTheDatabaseStaysLocked()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var channel = new TeamsChannel(_host, connector, Tenant, "19:lock@thread.tacv2");
        await _host.AskAsync(Message("task add Write spec #WEB").Build());
        var before = await DatabaseDump.ReadAsync(_database.FilePath);

        System.Text.Json.Nodes.JsonObject answer;
        await using (var held = await DatabaseLock.TakeAsync(_database.FilePath))
        {
            answer = await channel.ClickAsync("29:alice", "Alice", "task.start", "WEB-1");
        }

        Assert.Equal(StorageFaultMiddleware.TryAgainText, (string?)answer["value"]);
        Assert.Equal(before, await DatabaseDump.ReadAsync(_database.FilePath));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _logs.Dispose();
        _database.Dispose();
    }

    private static ActivityBuilder Message(string text) =>
        ActivityBuilder.Message(text).InTenant(Tenant).InConversation("19:lock@thread.tacv2").From("29:alice", "Alice");
}
