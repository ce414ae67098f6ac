using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ProgramBot.Infrastructure.Persistence.Postgres;

internal sealed partial class PostgresDialect : ISqlDialect
{
    // The repositories' SQL is a fixed set of strings (a few built from fixed parts), so this stays small.
    private readonly ConcurrentDictionary<string, string> _prepared = new(StringComparer.Ordinal);

    public StorageProvider Provider => StorageProvider.Postgres;

    public string MigrationFolder => "Postgres";

    public string CreateSchemaVersionTableSql => SchemaVersionTable.CreateSql;

    public string SchemaVersionTableExistsSql => """
        SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version';
        """;

    public string Prepare(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        return _prepared.GetOrAdd(sql, static text => InList().Replace(text, " = ANY(@$1)"));
    }

    public string Greatest(params string[] values) => $"GREATEST({string.Join(", ", values)})";

    public string WholeWeeksBetween(string from, string to) =>
        $"GREATEST(0, (CAST({to} AS date) - CAST({from} AS date)) / 7)";

    /// <summary>Dapper's list form <c>column IN @Name</c> (never <c>IN (…)</c>, which is left alone).</summary>
    [GeneratedRegex(@"\s+IN\s+@([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InList();
}
