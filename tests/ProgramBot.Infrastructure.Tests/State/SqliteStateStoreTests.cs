using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Tests.Support;

namespace ProgramBot.Infrastructure.Tests.State;

public sealed class SqliteStateStoreTests : StateStoreContractTests
{
    private SqliteTestDatabase? _database;

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override async Task<IStateStore> CreateStoreAsync()
    {
        _database = await SqliteTestDatabase.CreateMigratedAsync();
        return _database.StateStore;
    }

    [Fact]
    public async Task WriteAsync_StoresUpdateTimeFromClock_WhenWriting()
    {
        await _database!.StateStore.WriteAsync([new StateWrite("k", "{}", null)], CancellationToken.None);

        Assert.Equal("2026-03-02T09:30:00.0000000+00:00", await _database.ScalarAsync<string>("SELECT updated_at FROM bot_state"));
    }
}
