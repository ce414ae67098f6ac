using System.Text.Json.Nodes;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests.Faults;

/// <summary>
/// The bot's process killed with SIGKILL while its background job is telling the channels about a slip, then started
/// again on the same database: the recovery sweep queues the job again and every channel is told.
/// </summary>
public sealed class NoticeKillTests : IDisposable
{
    private const string ApiChannel = "19:api@thread.tacv2";
    private const string WebChannel = "19:web@thread.tacv2";
    private const string ShortLease = "--Notices:ClaimLease=00:00:02";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task SlipNotices_KilledWhileSending_AreSentAfterRestart()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        using (var first = await ChildBotProcess.StartAsync(_database.FilePath, ShortLease))
        {
            foreach (var (conversation, line) in new[]
            {
                (ApiChannel, "project new API Backend"), (ApiChannel, "project new WEB Website"), (ApiChannel, "project bind #API"),
                (WebChannel, "project bind #WEB"), (ApiChannel, "task add Endpoint due:2026-12-10 #API"),
                (WebChannel, "task add Page due:2026-12-10 #WEB"), (WebChannel, "task depends WEB-1 on API-1"),
            })
            {
                await first.AskAsync(Message(conversation, line, connector));
            }

            connector.HoldNextSend();
            Assert.Contains("2026-12-20", await first.AskAsync(Message(ApiChannel, "task due API-1 2026-12-20", connector)), StringComparison.Ordinal);
            await connector.WaitForAsync(1, TimeSpan.FromSeconds(30));
            first.Kill();
        }

        var held = Assert.Single(connector.Requests);
        using var second = await ChildBotProcess.StartAsync(_database.FilePath, ShortLease);
        var sent = await connector.WaitForAsync(3, TimeSpan.FromSeconds(30));

        // Past another lease and sweep: nothing more goes out.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(3, connector.Requests.Count);
        Assert.Equal(FakeBotConnector.HeldReplyId, held.ReplyId);
        Assert.Equal(2, sent.Skip(1).Select(r => r.Path).Distinct().Count());
        Assert.All(sent, request => Assert.StartsWith("API-1 slipped", request.Text, StringComparison.Ordinal));
        Assert.Equal("told 2 of 2", await _database.ScalarAsync("SELECT group_concat(outcome) FROM notice_jobs"));
    }

    public void Dispose() => _database.Dispose();

    private static JsonObject Message(string conversation, string text, FakeBotConnector connector) =>
        ActivityBuilder.Message(text).InTenant("tenant-faults").InConversation(conversation).From("29:alice", "Alice").WithServiceUrl(connector.BaseUri).Build();
}
