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

    private static SqliteConnectionFactory Create(string connectionString) => new(
        Options.Create(new StorageOptions { ConnectionString = connectionString, BusyTimeout = TimeSpan.FromSeconds(2) }),
        NullLogger<SqliteConnectionFactory>.Instance);
}
