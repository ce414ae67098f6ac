using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;
using ProgramBot.Web.Endpoints;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>
/// The real host with <c>Slack:QueueCapacity</c> 1 and one request already pending (held by a worker of
/// another instance): a new request is not acknowledged and lost, it is refused so that it is sent again.
/// </summary>
public sealed class SlackInboxFullTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(BotHostFixture.Start);
    private FakeSlackApi _api = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeSlackApi.StartAsync();
        _host = await BotHost.StartAsync(_database.ConnectionString, _clock, _ => { }, settings: SlackHostFixture.Settings(_api, "--Slack:QueueCapacity=1"));

        // Written as another instance's worker holds it, in one statement, so this host's own workers never see it free.
        var now = _clock.GetUtcNow();
        await using var connection = new SqliteConnection(_database.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO slack_inbox (team, kind, delivery_key, payload, received_at, available_at, attempts, claimed_by)
            VALUES ($team, 'Command', 'elsewhere', '{}', $now, $until, 1, 'another-instance')
            """;
        insert.Parameters.AddWithValue("$team", SlackHostFixture.Team);
        insert.Parameters.AddWithValue("$now", now.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$until", now.AddDays(1).ToString("O", CultureInfo.InvariantCulture));
        await insert.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Command_IsAnsweredBusy_AndEvent_Gets503_WhenTheInboxIsFull()
    {
        var alice = new SlackPerson(_host, _api, _clock, SlackHostFixture.Team, "U0001", "C0001");

        using var command = await alice.CommandAsync("task list");
        using var mention = await alice.MentionBotAsync("task list");

        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        var answer = JsonNode.Parse(await command.Content.ReadAsStringAsync());
        Assert.Equal(("ephemeral", SlackEndpoints.BusyText), ((string?)answer?["response_type"], (string?)answer?["text"]));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, mention.StatusCode);
        Assert.Equal("1", await _database.ScalarAsync("SELECT COUNT(*) FROM slack_inbox"));
        Assert.Empty(_api.Requests);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _database.Dispose();
    }
}
