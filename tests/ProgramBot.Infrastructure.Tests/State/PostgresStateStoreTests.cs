using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.State;

[PostgresTests]
public sealed class PostgresStateStoreTests : StateStoreContractTests
{
    private PostgresTestDatabase? _database;

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override async Task<IStateStore> CreateStoreAsync()
    {
        _database = await PostgresTestDatabase.CreateMigratedAsync();
        return _database.StateStore;
    }

    [PostgresFact]
    public async Task WriteAsync_LetsOneOfTwoInstancesSave_WhenBothHoldTheSameETag()
    {
        var first = _database!.StateStore;
        await using var other = await PostgresTestDatabase.CreateOnSameSchemaAsync(_database);
        var created = await first.WriteAsync([new StateWrite("turn", "0", null)], CancellationToken.None);
        var etag = created.NewETags["turn"];

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? first : other.StateStore).WriteAsync([new StateWrite("turn", $"{i}", etag)], CancellationToken.None)));

        Assert.Single(outcomes, outcome => outcome.Succeeded);
        Assert.Equal(7, outcomes.Count(outcome => outcome.ConflictKey == "turn"));
    }
}
