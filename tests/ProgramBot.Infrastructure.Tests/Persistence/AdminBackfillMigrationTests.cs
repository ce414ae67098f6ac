using ProgramBot.Infrastructure.Persistence.Migrations;
using ProgramBot.Infrastructure.Persistence.Sqlite;
using ProgramBot.Infrastructure.Tests.Support;

namespace ProgramBot.Infrastructure.Tests.Persistence;

/// <summary>Migration 0010 on a database an older release left behind: each workspace's earliest member becomes its admin.</summary>
public sealed class AdminBackfillMigrationTests : IAsyncLifetime
{
    private const int AdminsVersion = 10;

    private readonly SqliteTestDatabase _database = SqliteTestDatabase.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task MigrateAsync_MakesTheEarliestMemberOfEachWorkspaceItsAdmin_WhenMembersExist()
    {
        await _database.MigrateBelowAsync(AdminsVersion);
        await _database.ExecuteAsync("""
            INSERT INTO workspaces (id, external_id, default_time_zone, created_at) VALUES
                (1, 'tenant-a', 'UTC', '2026-01-01T00:00:00.0000000+00:00'),
                (2, 'tenant-b', 'UTC', '2026-01-01T00:00:00.0000000+00:00'),
                (3, 'tenant-empty', 'UTC', '2026-01-01T00:00:00.0000000+00:00');
            INSERT INTO members (id, workspace_id, channel_user_id, name, handle, created_at) VALUES
                (7, 1, 'u-late', 'Late', 'late', '2026-01-03T00:00:00.0000000+00:00'),
                (3, 1, 'u-first', 'First', 'first', '2026-01-02T00:00:00.0000000+00:00'),
                (5, 2, 'u-b1', 'Bea', 'bea', '2026-01-02T00:00:00.0000000+00:00'),
                (9, 2, 'u-b2', 'Ben', 'ben', '2026-01-02T00:00:00.0000000+00:00'),
                (4, 1, 'u-second', 'Second', 'second', '2026-01-02T00:00:00.0000000+00:00');
            """);
        var remaining = new EmbeddedMigrations(new SqliteDialect()).All.Count(m => m.Version >= AdminsVersion);

        var applied = await _database.Migrations.MigrateAsync(CancellationToken.None);

        Assert.Equal(remaining, applied);
        Assert.Equal("3,5", await _database.ScalarAsync<string>("SELECT group_concat(id, ',') FROM (SELECT id FROM members WHERE is_admin = 1 ORDER BY id)"));
        Assert.Equal(5L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM members"));
    }

}
