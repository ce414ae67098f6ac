using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests.Faults;

/// <summary>
/// The bot's process killed with SIGKILL in the middle of a guided form, of sending a digest or a
/// reminder, and of updating an approval card after its decision, then started again on the same
/// database: the form goes on, the digest and the reminder go out once, the card is updated and the
/// requester told once.
/// </summary>
public sealed partial class ProcessKillTests : IDisposable
{
    private const string Conversation = "19:faults@thread.tacv2";

    // Short, so that the restarted process takes the dead one's claim over within the test.
    private const string ShortLease = "--Digests:ClaimLease=00:00:02";
    private const string ShortReminderLease = "--Reminders:ClaimLease=00:00:02";
    private const string RemindersOn = "--Reminders:Enabled=true";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task GuidedForm_KilledBetweenAnswers_GoesOnAfterRestart_AndCreatesTheTaskOnce()
    {
        using (var first = await ChildBotProcess.StartAsync(_database.FilePath))
        {
            await first.AskAsync(Message("project new WEB Website"));
            Assert.Contains("What's the task?", await first.AskAsync(Message("task new")));
            Assert.Contains("1. WEB — Website", await first.AskAsync(Message("Write spec")));
            Assert.Contains("Who should do it?", await first.AskAsync(Message("1")));
            first.Kill();
        }

        using var second = await ChildBotProcess.StartAsync(_database.FilePath);
        Assert.Contains("When is it due?", await second.AskAsync(Message("me")));
        Assert.Contains("How urgent is it?", await second.AskAsync(Message("none")));
        Assert.Contains("Create **Write spec** in WEB", await second.AskAsync(Message("high")));
        var created = await second.AskAsync(Message("yes"));
        var list = await second.AskAsync(Message("task list #WEB"));

        Assert.StartsWith("Created **WEB-1** Write spec", created, StringComparison.Ordinal);
        Assert.Single(WriteSpec().Matches(list));
        Assert.DoesNotContain("WEB-2", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_KilledWhileItsSendIsInFlight_IsSentOnceAfterRestart()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        using (var first = await ChildBotProcess.StartAsync(_database.FilePath, ShortLease))
        {
            await first.AskAsync(Message("project new WEB Website", connector));

            // Yearly at New Year, subscribed "since 2025": the 2026-01-01 slot is due now and none falls due during the test.
            Assert.Contains("D-1", await first.AskAsync(Message("digest subscribe #WEB cron \"0 0 1 1 *\" tz:UTC", connector)), StringComparison.Ordinal);
            await ExecuteAsync("UPDATE digest_subscriptions SET created_at = '2025-01-01T00:00:00.0000000+00:00'");
            connector.HoldNextSend();
            await TriggerDigestAsync(first, connector);
            first.Kill();
        }

        using var second = await ChildBotProcess.StartAsync(_database.FilePath, ShortLease);
        var sent = await connector.WaitForAsync(2, TimeSpan.FromSeconds(30));

        // Past another lease and poll: nothing more goes out.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(2, connector.Requests.Count);
        Assert.Equal(FakeBotConnector.HeldReplyId, sent[0].ReplyId);
        Assert.NotEqual(FakeBotConnector.HeldReplyId, sent[1].ReplyId);
        Assert.All(sent, request => Assert.Contains("**Digest D-1**", request.Text, StringComparison.Ordinal));
        Assert.Equal("1 slot, completed, 2 claims", await _database.ScalarAsync(
            "SELECT COUNT(*) || ' slot, ' || IIF(MAX(completed_at) IS NULL, 'open', 'completed') || ', ' || MAX(claims) || ' claims' FROM digest_slots"));
        Assert.StartsWith("Delivered", await _database.ScalarAsync("SELECT group_concat(outcome, ' / ') FROM digest_attempts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_KilledWhileItsSendIsInFlight_IsSentOnceByTheNextRunAfterRestart()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        using (var first = await ChildBotProcess.StartAsync(_database.FilePath, RemindersOn, ShortReminderLease))
        {
            await first.AskAsync(Personal("project new WEB Website", connector));
            Assert.Contains("WEB-1", await first.AskAsync(Personal("task add Spec due:tomorrow #WEB", connector)), StringComparison.Ordinal);
            await first.AskAsync(Personal("task assign WEB-1 me", connector));
            connector.HoldNextSend();
            await TriggerRemindersUntilAsync(first, connector, 1);
            first.Kill();
        }

        using var second = await ChildBotProcess.StartAsync(_database.FilePath, RemindersOn, ShortReminderLease);

        // The next runs (triggered as the quarter-hourly entry would start them) take the dead run's claim over once its lease is spent.
        var retried = await TriggerRemindersUntilAsync(second, connector, 2);

        // A later run, with a new task due: its message lists that task alone, so the first one is not sent again.
        Assert.Contains("WEB-2", await second.AskAsync(Personal("task add Review due:tomorrow #WEB", connector)), StringComparison.Ordinal);
        await second.AskAsync(Personal("task assign WEB-2 me", connector));
        var later = await TriggerRemindersUntilAsync(second, connector, 3);

        Assert.Equal(FakeBotConnector.HeldReplyId, retried[0].ReplyId);
        Assert.All(retried.Take(2), request => Assert.Contains("**WEB-1** Spec is due tomorrow", request.Text, StringComparison.Ordinal));
        Assert.Contains("**WEB-2** Review is due tomorrow", later[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("WEB-1", later[2].Text, StringComparison.Ordinal);
        Assert.Equal(3, connector.Requests.Count);
        Assert.Equal("due-tomorrow: completed, 2 claims", await _database.ScalarAsync(
            "SELECT kind || ': ' || IIF(completed_at IS NULL, 'open', 'completed') || ', ' || claims || ' claims' FROM reminder_slots WHERE task_number = 1"));
        Assert.StartsWith("Delivered", await _database.ScalarAsync("SELECT group_concat(outcome, ' / ') FROM reminder_attempts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovalDecision_KilledWhileItsCopyUpdateIsInFlight_IsFinishedAfterRestart()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        RecordedRequest card;
        using (var first = await ChildBotProcess.StartAsync(_database.FilePath, "--Outbound:TurnReplyTimeout=00:00:10"))
        {
            // Normal delivery, not expectReplies: the bot learns the card's id, so it can update the card later.
            await PostAsync(first, Message("project new WEB Website", connector));
            await PostAsync(first, ActivityBuilder.Message("approval request schedule Move WEB launch #WEB approvers:<at>Dana</at>").InTenant("tenant-faults")
                .InConversation(Conversation).From("29:alice", "Alice").Mentioning("29:dana", "Dana").WithServiceUrl(connector.BaseUri).Build());
            card = Assert.Single(connector.Requests, r => r.Method == "POST" && r.Body?.ToJsonString().Contains("A-1", StringComparison.Ordinal) == true);
            var posted = connector.Requests.Count;
            connector.HoldNextSend();
            var click = first.Client.PostAsJsonAsync(
                "/api/messages", Approvals.TeamsChannel.Invoke(connector.BaseUri, "tenant-faults", Conversation, "29:dana", "Dana", "approval.approve", "A-1"));
            Assert.Equal(FakeBotConnector.HeldReplyId, (await connector.WaitForAsync(posted + 1, TimeSpan.FromSeconds(30)))[^1].ReplyId);
            first.Kill();
            await Assert.ThrowsAnyAsync<Exception>(() => click);
        }

        var before = connector.Requests.Count;
        using var second = await ChildBotProcess.StartAsync(_database.FilePath);
        await connector.WaitForAsync(before + 2, TimeSpan.FromSeconds(30));

        // The held update the kill cut off, then the restarted bot's start-up sweep: the update again, and the requester's notice.
        var puts = connector.Requests.Where(r => r.Method == "PUT").ToList();
        Assert.Equal(2, puts.Count);
        Assert.All(puts, put => Assert.EndsWith("/activities/" + card.ReplyId, put.Path, StringComparison.Ordinal));
        Assert.Equal(FakeBotConnector.HeldReplyId, puts[0].ReplyId);
        Assert.Single(connector.Requests, r => r.Text?.Contains("<at>Alice</at> A-1 \"Move WEB launch\" was approved by Dana.", StringComparison.Ordinal) == true);
        Assert.Equal(before + 2, connector.Requests.Count);
    }

    public void Dispose() => _database.Dispose();

    private static JsonObject Message(string text, FakeBotConnector? connector = null)
    {
        var activity = ActivityBuilder.Message(text).InTenant("tenant-faults").InConversation(Conversation).From("29:alice", "Alice");
        return (connector is null ? activity : activity.WithServiceUrl(connector.BaseUri)).Build();
    }

    private static async Task PostAsync(ChildBotProcess bot, JsonObject activity)
    {
        using var response = await bot.Client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A message in Alice's personal chat with the bot, from a zone where it is now about noon, so her day
    /// has reached the hour of reminders and "tomorrow" stays tomorrow for the whole test.
    /// </summary>
    private static JsonObject Personal(string text, FakeBotConnector connector)
    {
        var offset = 12 - DateTimeOffset.UtcNow.Hour;
        var zone = offset switch { 0 => "Etc/UTC", > 0 => $"Etc/GMT-{offset}", _ => $"Etc/GMT+{-offset}" };
        return ActivityBuilder.Message(text).InTenant("tenant-faults").InConversation("a:dm-alice", "personal")
            .From("29:alice", "Alice").WithTimeZone(zone).WithServiceUrl(connector.BaseUri).Build();
    }

    /// <summary>
    /// Runs the reminders' recurring entry now, through the (loopback-only) Hangfire dashboard, again and
    /// again until the connector has received <paramref name="count"/> sends in all.
    /// </summary>
    private static async Task<IReadOnlyList<RecordedRequest>> TriggerRemindersUntilAsync(ChildBotProcess bot, FakeBotConnector connector, int count)
    {
        for (var attempt = 0; attempt < 30 && connector.Requests.Count < count; attempt++)
        {
            using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("jobs[]", "reminders")]);
            using var response = await bot.Client.PostAsync("/hangfire/recurring/trigger", form);
            try
            {
                await connector.WaitForAsync(count, TimeSpan.FromSeconds(1));
            }
            catch (OperationCanceledException)
            {
                // No entry yet, the job not picked up yet, or the dead run's claim still within its lease: again.
            }
        }

        Assert.Equal(count, connector.Requests.Count);
        return connector.Requests;
    }

    /// <summary>Runs the digest's recurring entry now, through the (loopback-only) Hangfire dashboard, until its send arrives.</summary>
    private static async Task TriggerDigestAsync(ChildBotProcess bot, FakeBotConnector connector)
    {
        for (var attempt = 0; attempt < 30 && connector.Requests.Count == 0; attempt++)
        {
            using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("jobs[]", "digest-1-1")]);
            using var response = await bot.Client.PostAsync("/hangfire/recurring/trigger", form);
            try
            {
                await connector.WaitForAsync(1, TimeSpan.FromSeconds(1));
            }
            catch (OperationCanceledException)
            {
                // The keeper had not created the entry yet, or the server not picked the job up: again.
            }
        }

        Assert.Equal(FakeBotConnector.HeldReplyId, Assert.Single(connector.Requests).ReplyId);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.FilePath};Pooling=False;Default Timeout=10");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex("Write spec")]
    private static partial Regex WriteSpec();
}
