using Npgsql;

namespace ProgramBot.TestKit.Storage;

/// <summary>
/// A fresh, empty schema in the test server's database, as a database of its own: its connection string
/// puts the schema first on the search path. Dropped with everything in it on dispose.
/// </summary>
public sealed class PostgresTestSchema : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private PostgresTestSchema(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString)
        {
            SearchPath = name,
            MaxPoolSize = 20,
        }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A companion schema for a host's Hangfire jobs (<c>Scheduling:PostgresSchema</c>), dropped with this one.</summary>
    public string JobsSchema => $"{Name}_jobs";

    public static async Task<PostgresTestSchema> CreateAsync()
    {
        var server = PostgresTestServer.ConnectionString
            ?? throw new InvalidOperationException(PostgresTestServer.SkipReason);
        var schema = new PostgresTestSchema(server, $"test_{Guid.NewGuid():N}");
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.Name};");
        return schema;
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE; DROP SCHEMA IF EXISTS {JobsSchema} CASCADE;");
    }

    private async Task ExecuteAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
