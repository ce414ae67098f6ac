using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.Infrastructure.Persistence.Migrations;
using ProgramBot.Infrastructure.Persistence.Sqlite;

namespace ProgramBot.Infrastructure.Tests.Persistence;

public sealed class MigrationRunnerTests : IAsyncLifetime
{
    private static readonly EmbeddedMigrations Embedded = new(new SqliteDialect());
    private static readonly int Latest = Embedded.LatestVersion;

    // The numbered list may have gaps (a number taken by work merged later), so counts are not versions.
    private static readonly int Count = Embedded.All.Count;

    private readonly SqliteTestDatabase _database = SqliteTestDatabase.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task MigrateAsync_AppliesEveryMigration_WhenDatabaseIsEmpty()
    {
        var applied = await _database.Migrations.MigrateAsync(CancellationToken.None);

        Assert.Equal(Count, applied);
        Assert.True(File.Exists(_database.DatabasePath));
        Assert.Equal((long)Latest, await _database.ScalarAsync<long>("SELECT MAX(version) FROM schema_version"));
        Assert.Equal("initial", await _database.ScalarAsync<string>("SELECT name FROM schema_version WHERE version = 1"));
    }

    [Fact]
    public async Task MigrateAsync_AppliesNothing_WhenRunAgain()
    {
        await _database.Migrations.MigrateAsync(CancellationToken.None);

        var applied = await _database.Migrations.MigrateAsync(CancellationToken.None);

        Assert.Equal(0, applied);
        Assert.Equal((long)Count, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_RecordsAppliedTimeFromClock_WhenApplying()
    {
        await _database.Migrations.MigrateAsync(CancellationToken.None);

        var appliedAt = await _database.ScalarAsync<string>("SELECT applied_at FROM schema_version WHERE version = 1");

        Assert.Equal("2026-03-02T09:30:00.0000000+00:00", appliedAt);
    }

    [Fact]
    public async Task StartAsync_Migrates_WhenHostStarts()
    {
        await _database.Migrations.StartAsync(CancellationToken.None);

        Assert.Equal((long)Count, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_SwitchesToWal_WhenDatabaseIsCreated()
    {
        await _database.Migrations.MigrateAsync(CancellationToken.None);

        Assert.Equal("wal", await _database.ScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task CheckHealthAsync_ReportsUnhealthy_WhenMigrationsHaveNotRun()
    {
        var result = await _database.CheckReadinessAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task CheckHealthAsync_ReportsHealthy_WhenMigrationsHaveRun()
    {
        await _database.Migrations.MigrateAsync(CancellationToken.None);

        var result = await _database.CheckReadinessAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal((long)Latest, result.Data["schemaVersion"]);
    }

    [Fact]
    public async Task CheckHealthAsync_ReportsUnhealthy_WhenSchemaIsBehind()
    {
        await _database.Migrations.MigrateAsync(CancellationToken.None);
        await _database.ScalarAsync<long>("DELETE FROM schema_version");

        var result = await _database.CheckReadinessAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task MigrateAsync_AppliesOnce_WhenTwoInstancesMigrateTheSameFileAtOnce()
    {
        await using var other = SqliteTestDatabase.CreateEmpty(
            new Dictionary<string, string?> { ["ConnectionStrings:ProgramBot"] = $"Data Source={_database.DatabasePath}" });

        var applied = await Task.WhenAll(
            Task.Run(() => _database.Migrations.MigrateAsync(CancellationToken.None)),
            Task.Run(() => other.Migrations.MigrateAsync(CancellationToken.None)));

        Assert.Equal(Count, applied.Sum());
        Assert.Equal((long)Count, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
    }
}
