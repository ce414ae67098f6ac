using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ProgramBot.Web.Tests.Hostile;

/// <summary>
/// Every row of every table of a SQLite file as text, tables and rows in a fixed order: two dumps
/// are equal exactly when the database holds the same data.
/// </summary>
public static class DatabaseDump
{
    public static async Task<string> ReadAsync(string filePath)
    {
        var dump = new StringBuilder();
        await using var connection = new SqliteConnection($"Data Source={filePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            dump.Append("## ").AppendLine(table);
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader.GetValue(i)))));
            }

            rows.Sort(StringComparer.Ordinal);
            rows.ForEach(row => dump.AppendLine(row));
        }

        return dump.ToString();
    }

    private static string Cell(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
