using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Persistence;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Infrastructure.Tests.Persistence;

/// <summary>A write meets a database another connection holds locked: bounded waits, then a clean give-up.</summary>
public sealed class SqliteBusyRetryTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    private IDbSessionSource Sessions => _database.Services.GetRequiredService<IDbSessionSource>();

    public async Task InitializeAsync()
    {
        _database = SqliteTestDatabase.CreateEmpty(new Dictionary<string, string?>
        {
            ["Storage:BusyTimeout"] = "00:00:00.200",
            ["Storage:BusyRetries"] = "2",
        });
        await _database.Migrations.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task WriteAsync_ThrowsStorageUnavailable_AfterItsRetries_WhenTheLockIsNeverReleased()
    {
        StorageUnavailableException thrown;
        await using (var locked = await DatabaseLock.TakeAsync(_database.DatabasePath))
        {
            thrown = await Assert.ThrowsAsync<StorageUnavailableException>(() => AddWorkspaceAsync("tenant-a"));
        }

        Assert.Equal(5, Assert.IsType<SqliteException>(thrown.InnerException).SqliteErrorCode);
        Assert.Contains("after 3 attempts", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM workspaces"));
    }

    [Fact]
    public async Task WriteAsync_Succeeds_WhenTheLockIsReleasedWithinTheRetries()
    {
        var locked = await DatabaseLock.TakeAsync(_database.DatabasePath);
        var write = AddWorkspaceAsync("tenant-a");
        await Task.Delay(TimeSpan.FromMilliseconds(1200));
        await locked.DisposeAsync();

        await write;

        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM workspaces"));
    }

    [Fact]
    public async Task ReadAsync_StillReads_WhileAnotherConnectionHoldsTheWriteLock()
    {
        await AddWorkspaceAsync("tenant-a");
        await using var locked = await DatabaseLock.TakeAsync(_database.DatabasePath);

        var found = await _database.ReadAsync(uow => uow.Workspaces.FindByExternalIdAsync("tenant-a", CancellationToken.None));

        Assert.NotNull(found);
    }

    [Fact]
    public async Task WritesQueuedBehindALockedWrite_GiveUpAfterOneBudget_InsteadOfWaitingForEveryOneAhead()
    {
        await using var quick = SqliteTestDatabase.CreateEmpty(new Dictionary<string, string?>
        {
            ["Storage:BusyTimeout"] = "00:00:00.200",
            ["Storage:BusyRetries"] = "0",
        });
        await quick.Migrations.MigrateAsync(CancellationToken.None);

        List<Exception?> outcomes;
        await using (var locked = await DatabaseLock.TakeAsync(quick.DatabasePath))
        {
            // On their own threads: the driver waits for a lock synchronously.
            var writes = Enumerable.Range(0, 3).Select(i => Task.Run(() => Record.ExceptionAsync(
                () => quick.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync($"tenant-{i}", "UTC", SqliteTestDatabase.Start, CancellationToken.None)))));
            outcomes = [.. await Task.WhenAll(writes)];
        }

        Assert.All(outcomes, outcome => Assert.IsType<StorageUnavailableException>(outcome));
        Assert.Contains(outcomes, outcome => outcome!.Message.Contains("gave up waiting for the writer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_ThrowsStorageUnavailable_WhenTheFileCannotBeOpened()
    {
        await using var unopenable = SqliteTestDatabase.CreateEmpty(new Dictionary<string, string?> { ["Storage:BusyRetries"] = "1" });
        Directory.CreateDirectory(unopenable.DatabasePath);

        var thrown = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => unopenable.ReadAsync(uow => uow.Workspaces.FindByExternalIdAsync("tenant-a", CancellationToken.None)));

        Assert.Equal(14, Assert.IsType<SqliteException>(thrown.InnerException).SqliteErrorCode);
        Assert.Contains("after 2 attempts", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionReadAsync_RunsTheQueryAgain_WhenTheQueryMeetsABusyDatabase()
    {
        var runs = 0;

        var count = await Sessions.ReadAsync(
            async (session, token) =>
            {
                // What a read meets when the file is locked after its connection opened: the busy error from the query itself.
                if (++runs == 1)
                {
                    throw new SqliteException("database is locked", 5);
                }

                return await session.Connection.ExecuteScalarAsync<long>(session.Command("SELECT COUNT(*) FROM workspaces;", null, token));
            },
            CancellationToken.None);

        Assert.Equal((2, 0L), (runs, count));
    }

    [Fact]
    public async Task SessionReadAsync_ThrowsStorageUnavailable_AfterItsRetries_WhenTheQueryStaysBusy()
    {
        var thrown = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => Sessions.ReadAsync<long>((_, _) => throw new SqliteException("database is locked", 5), CancellationToken.None));

        Assert.Contains("read after 3 attempts", thrown.Message, StringComparison.Ordinal);
    }

    private async Task AddWorkspaceAsync(string tenant) =>
        await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync(tenant, "UTC", SqliteTestDatabase.Start, CancellationToken.None));
}
