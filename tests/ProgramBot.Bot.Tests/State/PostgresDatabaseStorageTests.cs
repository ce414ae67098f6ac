using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;
using ProgramBot.Bot.State;
using ProgramBot.Infrastructure;
using ProgramBot.TestKit.Facts;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Bot.Tests.State;

/// <summary><see cref="DatabaseStorage"/> over the PostgreSQL state store, in a fresh schema of the test server.</summary>
[PostgresTests]
public sealed class PostgresDatabaseStorageTests : BotStateContractTests, IAsyncLifetime
{
    private PostgresTestSchema? _schema;
    private ServiceProvider? _services;
    private IStorage _storage = null!;

    protected override IStorage Storage => _storage;

    public async Task InitializeAsync()
    {
        if (!PostgresTestServer.IsConfigured)
        {
            return;
        }

        _schema = await PostgresTestSchema.CreateAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["ConnectionStrings:ProgramBot"] = _schema.ConnectionString,
            })
            .Build();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddProgramBotStorage(configuration)
            .BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        _storage = new DatabaseStorage(_services.GetRequiredService<IStateStore>());
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }
}
