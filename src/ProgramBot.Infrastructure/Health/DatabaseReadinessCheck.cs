using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProgramBot.Infrastructure.Persistence;
using ProgramBot.Infrastructure.Persistence.Migrations;

namespace ProgramBot.Infrastructure.Health;

/// <summary>
/// Ready when the database answers and its schema is at the latest embedded migration.
/// Register with <c>AddHealthChecks().AddCheck&lt;DatabaseReadinessCheck&gt;("database")</c>.
/// </summary>
public sealed class DatabaseReadinessCheck : IHealthCheck
{
    private readonly IDbSessionSource _sessions;
    private readonly ISqlDialect _dialect;
    private readonly EmbeddedMigrations _migrations;

    internal DatabaseReadinessCheck(IDbSessionSource sessions, ISqlDialect dialect, EmbeddedMigrations migrations)
    {
        _sessions = sessions;
        _dialect = dialect;
        _migrations = migrations;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failure = context.Registration.FailureStatus;
        try
        {
            await using var connection = await _sessions.OpenReadAsync(cancellationToken);
            var hasTable = await connection.ExecuteScalarAsync<long?>(
                new CommandDefinition(_dialect.SchemaVersionTableExistsSql, cancellationToken: cancellationToken));
            if (hasTable is null)
            {
                return new HealthCheckResult(failure, "The database has no schema_version table: migrations have not run.");
            }

            var version = await connection.ExecuteScalarAsync<long?>(
                new CommandDefinition("SELECT MAX(version) FROM schema_version;", cancellationToken: cancellationToken)) ?? 0;
            var data = new Dictionary<string, object> { ["schemaVersion"] = version, ["latestVersion"] = _migrations.LatestVersion };
            return version >= _migrations.LatestVersion
                ? HealthCheckResult.Healthy($"Schema at version {version}.", data)
                : new HealthCheckResult(failure, $"Schema at version {version}; {_migrations.LatestVersion} expected.", data: data);
        }
        catch (DbException ex)
        {
            // Reported, not swallowed: the exception travels in the result to the health endpoint's log.
            return new HealthCheckResult(failure, "The database cannot be reached.", ex);
        }
    }
}
