using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Health;
using ProgramBot.Infrastructure.Persistence.Migrations;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Infrastructure.Tests.Support;

/// <summary>
/// A fresh schema on the PostgreSQL test server (<see cref="PostgresTestServer"/>), wired through
/// AddProgramBotStorage with <c>Storage:Provider = Postgres</c>; dropped on dispose.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    private readonly PostgresTestSchema? _ownedSchema;
    private readonly ServiceProvider _provider;

    private PostgresTestDatabase(string connectionString, PostgresTestSchema? ownedSchema)
    {
        ConnectionString = connectionString;
        _ownedSchema = ownedSchema;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:ProgramBot"] = connectionString,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Time);
        services.AddProgramBotStorage(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; } = new(SqliteTestDatabase.Start);

    public IServiceProvider Services => _provider;

    public IDataStore Store => _provider.GetRequiredService<IDataStore>();

    public IStateStore StateStore => _provider.GetRequiredService<IStateStore>();

    public MigrationRunner Migrations => _provider.GetRequiredService<MigrationRunner>();

    public string ConnectionString { get; }

    /// <summary>Creates an empty schema without running migrations.</summary>
    public static async Task<PostgresTestDatabase> CreateEmptyAsync()
    {
        var schema = await PostgresTestSchema.CreateAsync();
        return new(schema.ConnectionString, schema);
    }

    /// <summary>
    /// Another instance of the bot's storage (its own services and connection pool) on the same schema as
    /// <paramref name="first"/>, which keeps owning it.
    /// </summary>
    public static Task<PostgresTestDatabase> CreateOnSameSchemaAsync(PostgresTestDatabase first)
    {
        ArgumentNullException.ThrowIfNull(first);
        return Task.FromResult(new PostgresTestDatabase(first.ConnectionString, ownedSchema: null));
    }

    /// <summary>Creates the schema and brings it to the latest version.</summary>
    public static async Task<PostgresTestDatabase> CreateMigratedAsync()
    {
        var database = await CreateEmptyAsync();
        await database.Migrations.MigrateAsync(CancellationToken.None);
        return database;
    }

    public async Task<T> WriteValueAsync<T>(Func<IUnitOfWork, Task<T>> work) =>
        (await Store.WriteAsync<T>(async (uow, _) => await work(uow), CancellationToken.None)).Value;

    public Task<T> ReadAsync<T>(Func<IUnitOfWork, Task<T>> work) =>
        Store.ReadAsync((uow, _) => work(uow), CancellationToken.None);

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<HealthCheckResult> CheckReadinessAsync()
    {
        var check = _provider.GetRequiredService<DatabaseReadinessCheck>();
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("database", check, HealthStatus.Unhealthy, null),
        };
        return check.CheckHealthAsync(context, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (_ownedSchema is not null)
        {
            await _ownedSchema.DisposeAsync();
        }
    }
}
