using Microsoft.Data.Sqlite;
using ProgramBot.Domain.Common;
using ProgramBot.Infrastructure.Tests.Support;

namespace ProgramBot.Infrastructure.Tests.Persistence;

public sealed class SqliteDataStoreTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateMigratedAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task WriteAsync_CommitsEverything_WhenWorkSucceeds()
    {
        var result = await _database.Store.WriteAsync<long>(
            async (uow, ct) => (await uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", SqliteTestDatabase.Start, ct)).Id,
            CancellationToken.None);

        Assert.True(result.IsSuccess);
        var found = await _database.Store.ReadAsync((uow, ct) => uow.Workspaces.FindByExternalIdAsync("tenant-a", ct), CancellationToken.None);
        Assert.Equal(result.Value, found!.Id);
    }

    [Fact]
    public async Task WriteAsync_RollsBackEverything_WhenWorkReturnsFailure()
    {
        var result = await _database.Store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                var workspace = await uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", SqliteTestDatabase.Start, ct);
                await uow.Members.UpsertAsync(workspace.Id, "u1", "Alice", null, SqliteTestDatabase.Start, ct);
                return new Error("test.failed", "Nope.");
            },
            CancellationToken.None);

        Assert.Equal("test.failed", result.Error!.Code);
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM workspaces"));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM members"));
    }

    [Fact]
    public async Task WriteAsync_RollsBackAndRethrows_WhenWorkThrows()
    {
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => _database.Store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                await uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", SqliteTestDatabase.Start, ct);
                throw new InvalidOperationException("boom");
            },
            CancellationToken.None));

        Assert.Equal("boom", thrown.Message);
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM workspaces"));
    }

    [Fact]
    public async Task WriteAsync_StillWorks_AfterAnEarlierWriteThrew()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _database.Store.WriteAsync<Unit>(
            (_, _) => throw new InvalidOperationException("boom"), CancellationToken.None));

        var workspace = await TestWorkspace.CreateAsync(_database);

        Assert.True(workspace.Id > 0);
    }

    [Fact]
    public async Task WriteAsync_HandsOutDistinctNumbers_WhenFiftyWritersRunAtOnce()
    {
        var workspace = await TestWorkspace.CreateAsync(_database);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => _database.Store.WriteAsync<int>(
            async (uow, ct) => await uow.Projects.TakeNextTaskNumberAsync(workspace.Id, workspace.Project.Id, ct),
            CancellationToken.None))));

        Assert.All(results, result => Assert.True(result.IsSuccess));
        Assert.Equal(Enumerable.Range(1, 50), results.Select(result => result.Value).Order());
    }

    [Fact]
    public async Task ReadAsync_RunsConcurrently_WithWrites()
    {
        var workspace = await TestWorkspace.CreateAsync(_database);

        var reads = Enumerable.Range(0, 20).Select(_ => _database.Store.ReadAsync(
            (uow, ct) => uow.Projects.ListAsync(workspace.Id, ct), CancellationToken.None));
        var writes = Enumerable.Range(0, 20).Select(_ => new WorkItemBuilder(workspace, SqliteTestDatabase.Start).AddAsync(_database));
        await Task.WhenAll(Task.WhenAll(reads), Task.WhenAll(writes));

        Assert.Equal(20L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM work_items"));
    }

    [Fact]
    public async Task ReadAsync_RefusesWrites_WhenWorkTriesToWrite()
    {
        await Assert.ThrowsAsync<SqliteException>(() => _database.Store.ReadAsync(
            (uow, ct) => uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", SqliteTestDatabase.Start, ct),
            CancellationToken.None));

        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM workspaces"));
    }

    [Fact]
    public async Task WriteAsync_Throws_WhenCancelledBeforeStart()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _database.Store.WriteAsync<Unit>(
            (_, _) => Task.FromResult(Result<Unit>.Success(Unit.Value)), cancelled.Token));
    }
}
