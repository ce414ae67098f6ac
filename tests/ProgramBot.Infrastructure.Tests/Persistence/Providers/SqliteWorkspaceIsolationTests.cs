using ProgramBot.Infrastructure.Tests.Support;

namespace ProgramBot.Infrastructure.Tests.Persistence.Providers;

public sealed class SqliteWorkspaceIsolationTests : WorkspaceIsolationTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateMigratedAsync();
}
