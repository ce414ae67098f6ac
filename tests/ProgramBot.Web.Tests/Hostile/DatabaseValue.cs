using Microsoft.Data.Sqlite;

namespace ProgramBot.Web.Tests.Hostile;

/// <summary>Reads one value straight from the database file, to see what was stored byte for byte.</summary>
public static class DatabaseValue
{
    public static async Task<string?> ReadAsync(string filePath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={filePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() as string;
    }
}
