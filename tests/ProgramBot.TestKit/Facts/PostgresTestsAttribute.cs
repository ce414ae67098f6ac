namespace ProgramBot.TestKit.Facts;

/// <summary>
/// Marks a test class that runs a storage suite against PostgreSQL: its <see cref="StorageFactAttribute"/> and
/// <see cref="StorageTheoryAttribute"/> tests are skipped, with the reason, when no test server is configured.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PostgresTestsAttribute : Attribute;
