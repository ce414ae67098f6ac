using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ProgramBot.Application.Abstractions;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;
using ProgramBot.Web.Endpoints;
using ProgramBot.Web.Tests.Auth;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>
/// The real host when the inbox cannot store a request: the database stays locked, or fails outright with an
/// error no retry takes for a passing one. Either way the request is refused — an event gets 503 so that Slack
/// sends it again, a command's or click's person reads the busy text — never acknowledged and lost, never a 500.
/// </summary>
public sealed class SlackInboxStorageFailureTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(BotHostFixture.Start);
    private readonly RecordingLoggerProvider _logs = new();
    private FakeSlackApi _api = null!;
    private BotHost? _host;

    public async Task InitializeAsync() => _api = await FakeSlackApi.StartAsync();

    [Fact]
    public async Task Requests_AreRefusedAsBusy_NotA500_WhenTheDatabaseFails()
    {
        var failing = new Mock<ISlackInboxStore>();
        failing.Setup(s => s.AddAsync(It.IsAny<InboxRequest>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SqliteException("disk I/O error", 10));
        var alice = await StartAsync(services => services.AddSingleton(failing.Object));

        using var command = await alice.CommandAsync("task list");
        using var click = await alice.ClickAsync("task.start", "WEB-1", "1.1");
        using var mention = await alice.MentionBotAsync("task list");

        await AssertBusyAsync(command);
        await AssertBusyAsync(click);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, mention.StatusCode);
        Assert.Equal(3, _logs.Lines.Count(line => line.StartsWith("The Slack inbox could not store a ", StringComparison.Ordinal)));
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Requests_AreRefusedAsBusy_AndNothingIsStored_WhenTheDatabaseStaysLocked()
    {
        var alice = await StartAsync(_ => { }, "--Storage:BusyTimeout=00:00:00.200", "--Storage:BusyRetries=0");

        HttpResponseMessage command;
        HttpResponseMessage mention;
        await using (var held = await DatabaseLock.TakeAsync(_database.FilePath))
        {
            command = await alice.CommandAsync("task list");
            mention = await alice.MentionBotAsync("task list");
        }

        using (command)
        using (mention)
        {
            await AssertBusyAsync(command);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, mention.StatusCode);
        }

        Assert.Equal("0", await _database.ScalarAsync("SELECT COUNT(*) FROM slack_inbox"));
        Assert.Empty(_api.Requests);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _api.DisposeAsync();
        _logs.Dispose();
        _database.Dispose();
    }

    private static async Task AssertBusyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(("ephemeral", SlackEndpoints.BusyText), ((string?)answer?["response_type"], (string?)answer?["text"]));
    }

    private async Task<SlackPerson> StartAsync(Action<IServiceCollection> configure, params string[] settings)
    {
        _host = await BotHost.StartAsync(
            _database.ConnectionString,
            _clock,
            services =>
            {
                services.AddSingleton<ILoggerProvider>(_logs);
                configure(services);
            },
            settings: SlackHostFixture.Settings(_api, settings));
        return new SlackPerson(_host, _api, _clock, SlackHostFixture.Team, "U0001", "C0001");
    }
}
