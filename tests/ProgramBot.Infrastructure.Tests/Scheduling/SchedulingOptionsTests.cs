using ProgramBot.Application;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Persistence.Migrations;
using ProgramBot.Infrastructure.Scheduling;

namespace ProgramBot.Infrastructure.Tests.Scheduling;

public sealed class SchedulingOptionsTests
{
    [Fact]
    public void Value_UsesDefaults_WhenNothingIsConfigured()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<SchedulingOptions>>().Value;

        Assert.Equal((true, TimeSpan.FromSeconds(1), 2, TimeSpan.FromSeconds(5), (string?)null),
            (options.Enabled, options.PollInterval, options.WorkerCount, options.ShutdownTimeout, options.StorageConnectionString));
    }

    [Fact]
    public void Value_ReadsSchedulingSection_WhenConfigured()
    {
        using var provider = Build(new()
        {
            ["Scheduling:PollInterval"] = "00:00:05",
            ["Scheduling:WorkerCount"] = "4",
            ["Scheduling:StorageConnectionString"] = "Data Source=/tmp/jobs.db",
        });

        var options = provider.GetRequiredService<IOptions<SchedulingOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(5), 4, "Data Source=/tmp/jobs.db"),
            (options.PollInterval, options.WorkerCount, options.StorageConnectionString));
    }

    [Theory]
    [InlineData("Scheduling:PollInterval", "00:00:00")]
    [InlineData("Scheduling:PollInterval", "00:05:00")]
    [InlineData("Scheduling:WorkerCount", "0")]
    [InlineData("Scheduling:WorkerCount", "1000")]
    [InlineData("Scheduling:ShutdownTimeout", "00:00:00")]
    [InlineData("Scheduling:StorageConnectionString", "Data Source=:memory:")]
    [InlineData("Scheduling:StorageConnectionString", "Data Source=x.db;Flavour=Mint")]
    [InlineData("Scheduling:PostgresSchema", "")]
    [InlineData("Scheduling:PostgresSchema", "jobs; DROP TABLE x")]
    [InlineData("Scheduling:PostgresSchema", "Jobs")]
    public void Value_FailsValidation_WhenSettingIsInvalid(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SchedulingOptions>>().Value);
    }

    [Fact]
    public async Task Scheduler_Refuses_WhenSchedulingIsDisabled()
    {
        using var provider = Build(new() { ["Scheduling:Enabled"] = "false" });

        var scheduler = provider.GetRequiredService<IScheduler>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => scheduler.EnqueueAsync("digest", "42", CancellationToken.None));
        Assert.IsType<MigrationRunner>(Assert.Single(provider.GetServices<IHostedService>()));
        Assert.Null(provider.GetService<JobStorage>());
    }

    [Fact]
    public void AddProgramBotScheduling_RegistersServerAndHangfireScheduler_WhenEnabled()
    {
        using var provider = Build([]);

        // The migration runner, Hangfire's server, the digest schedule keeper and the recovery sweep (digest slots, notices, approval copies).
        Assert.Equal(4, provider.GetServices<IHostedService>().Count());
        Assert.Equal("HangfireScheduler", provider.GetRequiredService<IScheduler>().GetType().Name);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        // The application binds its options (workspace, reminders) from IConfiguration, as the host registers it.
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddProgramBotStorage(configuration)
            .AddProgramBotApplication()
            .AddProgramBotScheduling(configuration)
            .BuildServiceProvider(validateScopes: true);
    }
}
