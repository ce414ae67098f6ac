namespace ProgramBot.TestKit.Storage;

/// <summary>
/// The PostgreSQL server the tests may use: <c>PROGRAMBOT_TEST_POSTGRES</c> holds a connection string to an
/// empty database in which the tests create and drop their own schemas. Unset, PostgreSQL tests are skipped.
/// </summary>
public static class PostgresTestServer
{
    public const string VariableName = "PROGRAMBOT_TEST_POSTGRES";

    public const string SkipReason =
        $"PostgreSQL is not configured: set {VariableName} to a connection string to an empty test database (.ci/run does).";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => ConnectionString is not null;
}
