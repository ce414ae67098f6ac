using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
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
        var store = _host.Services.GetRequiredService<ISlackInboxStore>();
        var now = _clock.GetUtcNow();
        await store.AddAsync(new InboxRequest(SlackHostFixture.Team, "Command", "elsewhere", "{}", now), 1, default);
        Assert.NotNull(await store.ClaimNextAsync(now, now.AddDays(1), default));
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
