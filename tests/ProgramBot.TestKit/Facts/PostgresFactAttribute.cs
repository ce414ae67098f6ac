using ProgramBot.TestKit.Storage;
using Xunit;

namespace ProgramBot.TestKit.Facts;

/// <summary>A fact that needs the PostgreSQL test server; skipped with the reason when none is configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresTestServer.IsConfigured)
        {
            Skip = PostgresTestServer.SkipReason;
        }
    }
}
