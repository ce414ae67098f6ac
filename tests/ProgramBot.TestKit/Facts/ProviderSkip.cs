using ProgramBot.TestKit.Storage;
using Xunit.Abstractions;

namespace ProgramBot.TestKit.Facts;

/// <summary>Why a storage test of this class cannot run here, or null when it can.</summary>
internal static class ProviderSkip
{
    public static string? ReasonFor(ITestMethod testMethod) =>
        testMethod.TestClass.Class.GetCustomAttributes(typeof(PostgresTestsAttribute)).Any() && !PostgresTestServer.IsConfigured
            ? PostgresTestServer.SkipReason
            : null;
}
