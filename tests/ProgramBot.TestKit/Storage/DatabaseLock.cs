using Microsoft.Data.Sqlite;

namespace ProgramBot.TestKit.Storage;

/// <summary>
/// Another process's exclusive write lock on a SQLite file (<c>BEGIN EXCLUSIVE</c>), held until
/// released or disposed; it writes nothing. In WAL mode readers still read, every writer waits.
/// </summary>
public sealed class DatabaseLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private bool _held;

    private DatabaseLock(SqliteConnection connection) => _connection = connection;

    public static async Task<DatabaseLock> TakeAsync(string filePath)
    {
        var connection = new SqliteConnection($"Data Source={filePath};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE;";
        await begin.ExecuteNonQueryAsync();
        return new DatabaseLock(connection) { _held = true };
    }

    public async Task ReleaseAsync()
    {
        if (!_held)
        {
            return;
        }

        await using var rollback = _connection.CreateCommand();
        rollback.CommandText = "ROLLBACK;";
        await rollback.ExecuteNonQueryAsync();
        _held = false;
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await _connection.DisposeAsync();
    }
}
