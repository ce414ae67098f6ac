using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Health;
using ProgramBot.Infrastructure.Persistence.Migrations;
using ProgramBot.Infrastructure.Persistence.Sqlite;

namespace ProgramBot.Infrastructure.Tests.Support;

/// <summary>A real SQLite file in a fresh temp folder, wired through AddProgramBotStorage; deleted on dispose.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    private SqliteTestDatabase(string folder, IDictionary<string, string?>? extraSettings)
    {
        Folder = folder;
        DatabasePath = Path.Combine(folder, "nested", "programbot.db");
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:ProgramBot"] = $"Data Source={DatabasePath}" };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Time);
        services.AddProgramBotStorage(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public string Folder { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => _provider;

    public IDataStore Store => _provider.GetRequiredService<IDataStore>();

    public IStateStore StateStore => _provider.GetRequiredService<IStateStore>();

    public MigrationRunner Migrations => _provider.GetRequiredService<MigrationRunner>();

    /// <summary>Creates the database without running migrations.</summary>
    public static SqliteTestDatabase CreateEmpty(IDictionary<string, string?>? settings = null) =>
        new(Path.Combine(Path.GetTempPath(), "programbot-tests", Guid.NewGuid().ToString("N")), settings);

    /// <summary>Creates the database and brings it to the latest schema.</summary>
    public static async Task<SqliteTestDatabase> CreateMigratedAsync()
    {
        var database = CreateEmpty();
        await database.Migrations.MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <summary>
    /// Brings the schema to every migration numbered below <paramref name="version"/> by running their scripts
    /// directly, as an older release left it; the runner then applies the rest.
    /// </summary>
    public async Task MigrateBelowAsync(int version)
    {
        var dialect = new SqliteDialect();
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await ExecuteAsync(dialect.CreateSchemaVersionTableSql);
        foreach (var migration in new EmbeddedMigrations(dialect).All.Where(m => m.Version < version))
        {
            await ExecuteAsync(migration.Sql);
            await ExecuteAsync(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"INSERT INTO schema_version (version, name, applied_at) VALUES ({migration.Version}, '{migration.Name}', '{Start:O}');"));
        }
    }

    /// <summary>Runs raw SQL against the file, bypassing the repositories (test set-up only).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs work in a write that must succeed and returns its value.</summary>
    public async Task<T> WriteValueAsync<T>(Func<IUnitOfWork, Task<T>> work) =>
        (await Store.WriteAsync<T>(async (uow, _) => await work(uow), CancellationToken.None)).Value;

    public Task<T> ReadAsync<T>(Func<IUnitOfWork, Task<T>> work) =>
        Store.ReadAsync((uow, _) => work(uow), CancellationToken.None);

    public Task<HealthCheckResult> CheckReadinessAsync()
    {
        var check = _provider.GetRequiredService<DatabaseReadinessCheck>();
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("database", check, HealthStatus.Unhealthy, null),
        };
        return check.CheckHealthAsync(context, CancellationToken.None);
    }

    /// <summary>Raw access for assertions about what is stored, bypassing the repositories.</summary>
    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
