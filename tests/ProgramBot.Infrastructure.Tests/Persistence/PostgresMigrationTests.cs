using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProgramBot.Infrastructure.Persistence.Migrations;
using ProgramBot.Infrastructure.Persistence.Postgres;
using ProgramBot.Infrastructure.Persistence.Sqlite;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence;

/// <summary>Migrations on PostgreSQL, including several instances starting at once against one empty database.</summary>
public sealed class PostgresMigrationTests
{
    private static readonly EmbeddedMigrations Embedded = new(new PostgresDialect());

    [PostgresFact]
    public async Task MigrateAsync_LeavesOneCorrectSchema_WhenThreeInstancesMigrateAtOnce()
    {
        await using var first = await PostgresTestDatabase.CreateEmptyAsync();
        await using var second = await PostgresTestDatabase.CreateOnSameSchemaAsync(first);
        await using var third = await PostgresTestDatabase.CreateOnSameSchemaAsync(first);

        var applied = await Task.WhenAll(
            first.Migrations.MigrateAsync(CancellationToken.None),
            second.Migrations.MigrateAsync(CancellationToken.None),
            third.Migrations.MigrateAsync(CancellationToken.None));

        Assert.Equal(Embedded.All.Count, applied.Sum());
        Assert.Equal((long)Embedded.All.Count, await first.ScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(HealthStatus.Healthy, (await second.CheckReadinessAsync()).Status);
        Assert.Equal(HealthStatus.Healthy, (await third.CheckReadinessAsync()).Status);
    }

    [PostgresFact]
    public async Task MigrateAsync_AppliesNothing_WhenRunAgain()
    {
        await using var database = await PostgresTestDatabase.CreateMigratedAsync();

        var applied = await database.Migrations.MigrateAsync(CancellationToken.None);

        Assert.Equal(0, applied);
    }

    [PostgresFact]
    public async Task CheckHealthAsync_IsUnhealthy_BeforeMigrationsRan()
    {
        await using var database = await PostgresTestDatabase.CreateEmptyAsync();

        var result = await database.CheckReadinessAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public void Migrations_MirrorTheSqliteList_NumberForNumber()
    {
        var sqlite = new EmbeddedMigrations(new SqliteDialect()).All.Select(m => (m.Version, m.Name));

        Assert.Equal(sqlite, Embedded.All.Select(m => (m.Version, m.Name)));
    }
}
