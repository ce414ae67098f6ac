using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProgramBot.Infrastructure.Persistence;
using ProgramBot.Infrastructure.Persistence.Sqlite;
using ProgramBot.Infrastructure.Tests.Support;

namespace ProgramBot.Infrastructure.Tests.Persistence;

public sealed class SqliteConnectionFactoryTests
{
    [Fact]
    public void DatabasePath_IsUnderCurrentDirectory_WhenConfiguredPathIsRelative()
    {
        using var factory = Create("Data Source=data/programbot.db");

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "data", "programbot.db"), factory.DatabasePath);
    }

    [Fact]
    public async Task OpenWriteAsync_AppliesConnectionSettings_WhenOpened()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        using var factory = Create($"Data Source={database.DatabasePath}");

        await using var connection = await factory.OpenWriteAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT foreign_keys FROM pragma_foreign_keys) || ',' || (SELECT synchronous FROM pragma_synchronous) || ',' || (SELECT timeout FROM pragma_busy_timeout) || ',' || (SELECT journal_mode FROM pragma_journal_mode);";

        Assert.Equal("1,1,2000,wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OpenReadAsync_CreatesDatabaseFolder_WhenItDoesNotExist()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        using var factory = Create($"Data Source={database.DatabasePath}");

        await using var connection = await factory.OpenReadAsync(CancellationToken.None);

        Assert.True(Directory.Exists(Path.GetDirectoryName(database.DatabasePath)));
    }

    [Fact]
    public async Task PooledConnection_KeepsItsSettings_AndSwitchesBetweenReadingAndWriting()
    {
        await using var database = SqliteTestDatabase.CreateEmpty();
        using var factory = Create($"Data Source={database.DatabasePath}");
        const string Settings = "SELECT (SELECT foreign_keys FROM pragma_foreign_keys) || ',' || (SELECT synchronous FROM pragma_synchronous) || ',' || (SELECT query_only FROM pragma_query_only);";

        var written = await RunAsync(await factory.OpenWriteAsync(CancellationToken.None), "CREATE TABLE t (x INTEGER); " + Settings);
        var read = await RunAsync(await factory.OpenReadAsync(CancellationToken.None), Settings);
        var readAgain = await RunAsync(await factory.OpenReadAsync(CancellationToken.None), Settings);
        var writtenAgain = await RunAsync(await factory.OpenWriteAsync(CancellationToken.None), "INSERT INTO t VALUES (1); " + Settings);
        var refused = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(async () =>
            await RunAsync(await factory.OpenReadAsync(CancellationToken.None), "INSERT INTO t VALUES (2);"));

        Assert.Equal(("1,1,0", "1,1,1", "1,1,1", "1,1,0"), (written, read, readAgain, writtenAgain));
        Assert.Contains("readonly", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string?> RunAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using (connection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (await command.ExecuteScalarAsync())?.ToString();
        }
    }

    private static SqliteConnectionFactory Create(string connectionString) => new(
        Options.Create(new StorageOptions { ConnectionString = connectionString, BusyTimeout = TimeSpan.FromSeconds(2) }),
        NullLogger<SqliteConnectionFactory>.Instance);
}
