using System.Net;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;
using ProgramBot.Web.Tests.Slack;

namespace ProgramBot.Web.Tests.Faults;

/// <summary>
/// A slash command acknowledged to Slack, then the bot's process killed with SIGKILL in the middle of
/// its turn (a fake Slack API call held open), then the bot started again on the same database: the
/// request is found in the inbox and worked, its change exists once, and the person hears back.
/// </summary>
public sealed class SlackProcessKillTests : IAsyncLifetime
{
    private const string Channel = "C0001";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempDatabase _database = new();
    private FakeSlackApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeSlackApi.StartAsync();

    [Fact]
    public async Task Command_KilledBeforeItsTurnChangedAnything_IsWorkedOnceAfterRestart()
    {
        _api.HoldNextUserLookup();
        using (var first = await StartAsync())
        {
            using var ack = await CommandAsync(first, "project new WEB Website");
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            await _api.WaitForAsync("users.info", 1, Patience);
            first.Kill();
        }

        var pendingAfterKill = await _database.ScalarAsync("SELECT COUNT(*) FROM slack_inbox WHERE completed_at IS NULL");
        using var second = await StartAsync();
        var replies = await _api.WaitForAsync("chat.postMessage", 1, Patience);
        await WaitUntilDoneAsync();

        Assert.Equal("1", pendingAfterKill);
        Assert.Contains("WEB", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Equal("1", await _database.ScalarAsync("SELECT COUNT(*) FROM projects"));
        Assert.Equal("2 Done", await _database.ScalarAsync("SELECT attempts || ' ' || outcome FROM slack_inbox"));
        Assert.Empty(_api.Calls(FakeSlackApi.ResponseUrlMethod));
    }

    [Fact]
    public async Task Command_KilledWhileItsReplyWasInFlight_ChangesNothingTwice_AndTheAskerIsToldAfterRestart()
    {
        using (var first = await StartAsync())
        {
            using (await CommandAsync(first, "project new WEB Website"))
            {
                await _api.WaitForAsync("chat.postMessage", 1, Patience);
                await WaitUntilDoneAsync();
            }

            _api.HoldNextCall();
            using var ack = await CommandAsync(first, "task add Write spec #WEB");
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            await _api.WaitForAsync("chat.postMessage", 2, Patience);
            first.Kill();
        }

        using var second = await StartAsync();
        var told = await _api.WaitForAsync(FakeSlackApi.ResponseUrlMethod, 1, Patience);
        await WaitUntilDoneAsync();

        var posts = _api.Calls("chat.postMessage");
        Assert.Equal(2, posts.Count);
        Assert.Equal(("held", true), (posts[1].ReplyId, posts[1].Text?.Contains("WEB-1", StringComparison.Ordinal)));
        Assert.Equal(SlackInboundProcessor.RerunText, Assert.Single(told).Text);
        Assert.Equal("ephemeral", (string?)told[0].Body?["response_type"]);
        Assert.Equal("1", await _database.ScalarAsync("SELECT COUNT(*) FROM work_items"));
        Assert.Equal("1 Done / 2 Done", await _database.ScalarAsync("SELECT group_concat(attempts || ' ' || outcome, ' / ') FROM (SELECT * FROM slack_inbox ORDER BY id)"));
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _database.Dispose();
    }

    /// <summary>The bot with Slack set up against the fake API, and a short lease so that the restarted bot takes the dead one's request over within the test.</summary>
    private Task<ChildBotProcess> StartAsync() => ChildBotProcess.StartAsync(
        _database.FilePath,
        $"--Slack:SigningSecret={SlackHostFixture.Secret}",
        $"--Slack:ApiBaseUrl={_api.BaseUri}",
        $"--Slack:Workspaces:{SlackHostFixture.Team}:BotToken=xoxb-test-one",
        $"--Slack:Workspaces:{SlackHostFixture.Team}:BotUserId={SlackHostFixture.BotUserId}",
        "--Slack:InboxLease=00:00:02");

    private async Task<HttpResponseMessage> CommandAsync(ChildBotProcess bot, string text)
    {
        var form = SlackRequests.CommandForm(SlackHostFixture.Team, Channel, "U0001", text, _api.ResponseUrl("cmd-kill"));

        // The child runs on the wall clock, so the signature's timestamp is the real now.
        using var request = SlackRequests.SignedPost("/api/slack/commands", form, "application/x-www-form-urlencoded", TimeProvider.System.GetUtcNow());
        return await bot.Client.SendAsync(request);
    }

    /// <summary>The request's row is marked done just after its last call; waits for that (bounded).</summary>
    private async Task WaitUntilDoneAsync()
    {
        for (var i = 0; i < 300 && await _database.ScalarAsync("SELECT COUNT(*) FROM slack_inbox WHERE completed_at IS NULL") != "0"; i++)
        {
            await Task.Delay(100);
        }
    }
}
