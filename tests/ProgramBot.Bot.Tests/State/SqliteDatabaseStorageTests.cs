using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;
using ProgramBot.Bot.State;
using ProgramBot.Infrastructure;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Bot.Tests.State;

/// <summary><see cref="DatabaseStorage"/> over the SQLite state store, on a real database file.</summary>
public sealed class SqliteDatabaseStorageTests : BotStateContractTests, IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private ServiceProvider _services = null!;
    private IStorage _storage = null!;

    protected override IStorage Storage => _storage;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:ProgramBot"] = _database.ConnectionString })
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

    [Fact]
    public async Task Write_StoresNoTypeNames()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["typed/1"] = new Note { Text = "plain" } });

        var raw = await _services.GetRequiredService<IStateStore>().ReadAsync(["typed/1"], CancellationToken.None);

        Assert.DoesNotContain("$type", raw["typed/1"].Json, StringComparison.Ordinal);
        Assert.DoesNotContain("ETag", raw["typed/1"].Json, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }
}
