using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Digests;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;
using ProgramBot.TestKit.Storage;
using ProgramBot.Web.Tests.Approvals;

namespace ProgramBot.Web.Tests.Programs;

/// <summary>
/// A program's stakeholders through the real host: an escalation of its risk and its scheduled digest reach the
/// stakeholder's personal chat through the Bot Connector, once each, beside the channel's own post.
/// </summary>
public sealed class StakeholderAudienceEndToEndTests : IDisposable
{
    private const string BobChat = "a:dm-bob";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 7, 30, 0, TimeSpan.Zero));
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Stakeholder_HearsTheEscalation_AndGetsTheProgramDigest_InTheirPersonalChat()
    {
        await using var host = await BotHost.StartAsync(_database.ConnectionString, _clock);
        await using var connector = await FakeBotConnector.StartAsync();
        var channel = new TeamsChannel(host, connector, "tenant-stake", "19:apollo@thread.tacv2");
        var bob = ActivityBuilder.Message("help").InTenant("tenant-stake").InConversation(BobChat, "personal").From("29:bob", "Bob").WithServiceUrl(connector.BaseUri);
        (await host.PostActivityAsync(bob.Build())).EnsureSuccessStatusCode();
        foreach (var line in new[]
        {
            "project new WEB Website", "program new APOLLO Storefront pm:me", "program add-project APOLLO #WEB",
            "program stakeholders APOLLO @bob", "digest subscribe program:APOLLO daily 09:00 tz:UTC",
        })
        {
            await channel.SayAsync("29:alice", "Alice", line);
        }

        var before = connector.Requests.Count;
        var bobBefore = connector.Requests.Count(ToBob);
        using (ClockTicker.Start(_clock))
        {
            await channel.SayAsync("29:alice", "Alice", "risk add Vendor gone #WEB p:5 i:4");
            await connector.WaitForAsync(ToBob, bobBefore + 1, TimeSpan.FromSeconds(20));
        }

        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        List<RecordedRequest> sent;
        using (ClockTicker.Start(_clock))
        {
            await host.Services.GetRequiredService<IScheduler>().EnqueueAsync(DigestJob.JobKind, DigestJob.ArgumentFor(1, 1), CancellationToken.None);
            sent = [.. (await connector.WaitForAsync(ToBob, bobBefore + 2, TimeSpan.FromSeconds(20))).Skip(before)];
        }

        var toBob = sent.Where(ToBob).ToList();
        Assert.Equal(2, toBob.Count);
        Assert.StartsWith("⚠️ Risk R-1 Vendor gone (score 20, critical) in project WEB of program APOLLO", toBob[0].Text, StringComparison.Ordinal);
        Assert.Contains("**Digest D-1** — program APOLLO", toBob[1].Text, StringComparison.Ordinal);
        Assert.Single(sent, r => r.Path.Contains("19:apollo", StringComparison.Ordinal) && r.Text?.Contains("**Digest D-1**", StringComparison.Ordinal) == true);
    }

    public void Dispose() => _database.Dispose();

    private static bool ToBob(RecordedRequest request) => request.Path.Contains(BobChat, StringComparison.Ordinal);
}
