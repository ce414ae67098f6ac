using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests.Scheduling;

/// <summary>The scheduling seam through the real host: Hangfire server, SQLite storage, DI-activated jobs.</summary>
public sealed class SchedulingTests : IDisposable
{
    private const string ProbeKind = "test-probe";
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(BotHostFixture.Start);
    private readonly RecordingScheduledJob _job = new(ProbeKind);

    [Fact]
    public async Task EnqueueAsync_RunsRegisteredJobWithItsArgument_WithinTenSeconds()
    {
        await using var host = await StartAsync();

        await host.Services.GetRequiredService<IScheduler>().EnqueueAsync(ProbeKind, "42", CancellationToken.None);

        Assert.Equal("42", await _job.FirstRun.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task AddOrUpdateRecurringAsync_StoresEntryWithCronAndZone_UntilRemoved()
    {
        await using var host = await StartAsync();
        var scheduler = host.Services.GetRequiredService<IScheduler>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        await scheduler.AddOrUpdateRecurringAsync("digest:7", ProbeKind, "7", "* * * * *", zone, CancellationToken.None);
        var stored = Assert.Single(RecurringJobs(host), job => job.Id == "digest:7");
        await scheduler.RemoveRecurringAsync("digest:7", CancellationToken.None);

        Assert.Equal(("* * * * *", zone.Id), (stored.Cron, stored.TimeZoneId));
        Assert.DoesNotContain(RecurringJobs(host), job => job.Id == "digest:7");
    }

    [Fact]
    public async Task Host_KeepsHangfireFileBesideDatabase()
    {
        await using var host = await StartAsync();

        Assert.True(File.Exists(Path.Combine(_database.Folder, "programbot-hangfire.db")));
    }

    [Fact]
    public async Task Dashboard_Answers200_FromLoopback()
    {
        await using var host = await StartAsync();

        using var response = await host.Client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _database.Dispose();

    private Task<BotHost> StartAsync() =>
        BotHost.StartAsync(_database.ConnectionString, _clock, services => services.AddSingleton<IScheduledJob>(_job));

    private static List<RecurringJobDto> RecurringJobs(BotHost host)
    {
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }
}
