using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProgramBot.Infrastructure.Logging;

namespace ProgramBot.Infrastructure.Persistence.Migrations;

/// <summary>
/// Brings the database schema up to the latest embedded migration. Registered as a hosted
/// service, so it finishes before the web server accepts requests; safe to run again, and
/// safe against another instance migrating at the same time (each script runs in its own
/// exclusive write transaction, which no other instance's overlaps, and re-checks the version inside it).
/// </summary>
public sealed class MigrationRunner : IHostedService
{
    private const string IsAppliedSql = "SELECT COUNT(*) FROM schema_version WHERE version = @Version;";

    private const string RecordSql = """
        INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);
        """;

    private readonly IDbSessionSource _sessions;
    private readonly ISqlDialect _dialect;
    private readonly EmbeddedMigrations _migrations;
    private readonly TimeProvider _time;
    private readonly ILogger<MigrationRunner> _logger;

    internal MigrationRunner(
        IDbSessionSource sessions, ISqlDialect dialect, EmbeddedMigrations migrations, TimeProvider time, ILogger<MigrationRunner> logger)
    {
        _sessions = sessions;
        _dialect = dialect;
        _migrations = migrations;
        _time = time;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies every migration not applied yet and returns how many it applied.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await _sessions.WriteExclusiveAsync(
            (session, token) => session.Connection.ExecuteAsync(session.Command(_dialect.CreateSchemaVersionTableSql, null, token)),
            cancellationToken);
        var applied = 0;
        foreach (var migration in _migrations.All)
        {
            var started = _time.GetTimestamp();
            if (await _sessions.WriteExclusiveAsync((session, token) => ApplyAsync(session, migration, token), cancellationToken))
            {
                applied++;
                var elapsed = _time.GetElapsedTime(started);
                _logger.MigrationApplied(migration.Version, migration.Name, (long)elapsed.TotalMilliseconds);
            }
        }

        _logger.SchemaReady(_migrations.LatestVersion, applied);
        return applied;
    }

    private async Task<bool> ApplyAsync(DbSession session, EmbeddedMigration migration, CancellationToken cancellationToken)
    {
        var version = new { migration.Version };
        if (await session.Connection.ExecuteScalarAsync<long>(session.Command(IsAppliedSql, version, cancellationToken)) > 0)
        {
            return false;
        }

        await session.Connection.ExecuteAsync(session.Command(migration.Sql, null, cancellationToken));
        await session.Connection.ExecuteAsync(session.Command(
            RecordSql, new { migration.Version, migration.Name, AppliedAt = _time.GetUtcNow() }, cancellationToken));
        return true;
    }
}
