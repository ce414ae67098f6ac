using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Health;
using ProgramBot.Infrastructure.Persistence;
using ProgramBot.Infrastructure.Persistence.Migrations;

namespace ProgramBot.Infrastructure.Tests.Persistence;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Value_UsesDefaults_WhenNothingIsConfigured()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(("Data Source=data/programbot.db", StorageProvider.Sqlite, TimeSpan.FromSeconds(2), 2),
            (options.ConnectionString, options.Provider, options.BusyTimeout, options.BusyRetries));
    }

    [Fact]
    public void Value_ReadsConnectionStringAndStorageSection_WhenConfigured()
    {
        using var provider = Build(new()
        {
            ["ConnectionStrings:ProgramBot"] = "Data Source=/tmp/x.db",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:BusyTimeout"] = "00:00:03",
            ["Storage:BusyRetries"] = "0",
        });

        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(("Data Source=/tmp/x.db", TimeSpan.FromSeconds(3), 0), (options.ConnectionString, options.BusyTimeout, options.BusyRetries));
    }

    [Theory]
    [InlineData("Storage:BusyTimeout", "00:00:00")]
    [InlineData("Storage:BusyTimeout", "01:00:00")]
    [InlineData("Storage:BusyRetries", "-1")]
    [InlineData("Storage:BusyRetries", "6")]
    [InlineData("ConnectionStrings:ProgramBot", "Data Source=x.db;Flavour=Mint")]
    [InlineData("ConnectionStrings:ProgramBot", "Mode=ReadWrite")]
    public void Value_FailsValidation_WhenSettingIsInvalid(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Host=;Database=programbot")]
    [InlineData("Host=db;Flavour=Mint")]
    public void Value_FailsValidation_WhenPostgresHasNoUsableConnectionString(string? connectionString)
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:ProgramBot"] = connectionString });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("ConnectionStrings:ProgramBot", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddProgramBotStorage_RegistersThePostgresProvider_WhenProviderIsPostgres()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "postgres", ["ConnectionStrings:ProgramBot"] = "Host=127.0.0.1;Database=programbot" });

        Assert.Equal(StorageProvider.Postgres, provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
        Assert.Equal(StorageProvider.Postgres, provider.GetRequiredService<ISqlDialect>().Provider);
        Assert.Equal("PostgresDataStore", provider.GetRequiredService<IDataStore>().GetType().Name);
    }

    [Fact]
    public void AddProgramBotStorage_RegistersPortsMigrationsAndReadinessCheck_WhenCalled()
    {
        using var provider = Build([]);

        Assert.IsType<MigrationRunner>(Assert.Single(provider.GetServices<IHostedService>()));
        Assert.NotNull(provider.GetRequiredService<IDataStore>());
        Assert.NotNull(provider.GetRequiredService<IStateStore>());
        Assert.NotNull(provider.GetRequiredService<DatabaseReadinessCheck>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddProgramBotStorage(configuration).BuildServiceProvider(validateScopes: true);
    }
}
