using Microsoft.Extensions.Time.Testing;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>
/// The real host with Slack set up for two workspaces (T0001 and T0002) whose Web API is a fake on
/// loopback; a fresh database and the fixture's fake clock per test class.
/// </summary>
public sealed class SlackHostFixture : IAsyncLifetime
{
    public const string Secret = "test-signing-secret";
    public const string Team = "T0001";
    public const string OtherTeam = "T0002";
    public const string BotUserId = "UBOT";

    public TempDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(BotHostFixture.Start);

    public FakeSlackApi Api { get; private set; } = null!;

    public BotHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = await FakeSlackApi.StartAsync();
        Host = await BotHost.StartAsync(Database.ConnectionString, Clock, _ => { }, settings: Settings(Api));
    }

    /// <summary>The host's Slack settings: both workspaces, their Web API the fake <paramref name="api"/>.</summary>
    public static string[] Settings(FakeSlackApi api, params string[] more)
    {
        ArgumentNullException.ThrowIfNull(api);
        return
        [
            $"--Slack:SigningSecret={Secret}",
            $"--Slack:ApiBaseUrl={api.BaseUri}",
            $"--Slack:Workspaces:{Team}:BotToken=xoxb-test-one",
            $"--Slack:Workspaces:{Team}:BotUserId={BotUserId}",
            $"--Slack:Workspaces:{OtherTeam}:BotToken=xoxb-test-two",
            "--Outbound:FirstRetryDelay=00:00:00.010",
            .. more,
        ];
    }

    /// <summary>A person in one Slack workspace, channel <c>C0001</c> unless told.</summary>
    public SlackPerson User(string id, string name, string team = Team, string channel = "C0001")
    {
        Api.AddUser(id, name);
        return new SlackPerson(Host, Api, Clock, team, id, channel);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Api.DisposeAsync();
        Database.Dispose();
    }
}
