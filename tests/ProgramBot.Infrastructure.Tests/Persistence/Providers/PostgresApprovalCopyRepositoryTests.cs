using ProgramBot.Infrastructure.Tests.Persistence.Repositories;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Providers;

[PostgresTests]
public sealed class PostgresApprovalCopyRepositoryTests : ApprovalCopyRepositoryTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateMigratedAsync();
}
