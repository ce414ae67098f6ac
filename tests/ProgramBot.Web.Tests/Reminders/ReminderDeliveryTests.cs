using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Reminders;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests.Reminders;

/// <summary>A reminder through the real host: Hangfire runs the job, the Bot Connector receives it in the member's personal chat.</summary>
public sealed class ReminderDeliveryTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task ReminderJob_PostsInTheAssigneesPersonalChat_Once()
    {
        // Thursday 26 Nov 15:00 UTC is 10:00 in New York: past the hour of reminders there.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await BotHost.StartAsync(_database.ConnectionString, clock);
        foreach (var line in new[] { "project new WEB Website", "task add Spec due:tomorrow #WEB", "task assign WEB-1 me" })
        {
            var activity = ActivityBuilder.Message(line).InTenant("tenant-r").InConversation("a:dm-alice", "personal")
                .From("29:alice", "Alice").WithTimeZone("America/New_York").WithServiceUrl(connector.BaseUri);
            (await host.PostActivityAsync(activity.Build())).EnsureSuccessStatusCode();
        }

        var before = connector.Requests.Count;
        var scheduler = host.Services.GetRequiredService<IScheduler>();
        await scheduler.EnqueueAsync(ReminderJob.JobKind, ReminderJob.EntryId, CancellationToken.None);
        var sent = await connector.WaitForAsync(before + 1, TimeSpan.FromSeconds(20));
        await host.Services.GetServices<IScheduledJob>().Single(j => j.Kind == ReminderJob.JobKind).RunAsync(ReminderJob.EntryId, CancellationToken.None);

        Assert.Equal(before + 1, connector.Requests.Count);
        Assert.Contains("/v3/conversations/a:dm-alice/activities", sent[^1].Path, StringComparison.Ordinal);
        Assert.StartsWith("Reminder for Alice:\n- **WEB-1** Spec is due tomorrow, Fri 2026-11-27", sent[^1].Text, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
