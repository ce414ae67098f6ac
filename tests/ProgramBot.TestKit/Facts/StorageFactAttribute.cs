using Xunit;
using Xunit.Sdk;

namespace ProgramBot.TestKit.Facts;

/// <summary>
/// A fact of a storage suite written once and inherited by each provider's class: it runs for every provider,
/// and is skipped with the reason in a <see cref="PostgresTestsAttribute"/> class when PostgreSQL is not configured.
/// </summary>
[XunitTestCaseDiscoverer("ProgramBot.TestKit.Facts.StorageFactDiscoverer", "ProgramBot.TestKit")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StorageFactAttribute : FactAttribute;
