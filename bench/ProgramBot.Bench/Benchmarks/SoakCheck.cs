using Microsoft.Data.Sqlite;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>What the database says a soak run left behind, read straight from the file.</summary>
internal static class SoakCheck
{
    public static async Task<(int Stored, int Doubled, int DecidedOnce)> ReadAsync(string databasePath, long approvalsClicked, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        const string Soaked = "(title LIKE 'Bench task %' OR title LIKE 'Dialog task %')";
        var stored = await ScalarAsync(connection, $"SELECT COUNT(*) FROM work_items WHERE {Soaked}", 0, cancellationToken);
        var doubled = await ScalarAsync(connection, $"SELECT COUNT(*) FROM (SELECT title FROM work_items WHERE {Soaked} GROUP BY title HAVING COUNT(*) > 1)", 0, cancellationToken);

        // Every clicked request approved, with exactly one decision recorded (two clicks at once, one outcome).
        var decidedOnce = await ScalarAsync(connection, """
            SELECT COUNT(*) FROM approvals a
            WHERE a.number <= $clicked AND a.status = 1
              AND (SELECT COUNT(*) FROM approval_approvers v
                   WHERE v.workspace_id = a.workspace_id AND v.approval_number = a.number AND v.decision IS NOT NULL) = 1
            """, approvalsClicked, cancellationToken);
        return (stored, doubled, decidedOnce);
    }

    private static async Task<int> ScalarAsync(SqliteConnection connection, string sql, long clicked, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$clicked", clicked);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
