using ProgramBot.Infrastructure.Tests.Persistence.Repositories;
using ProgramBot.Infrastructure.Tests.Support;

namespace ProgramBot.Infrastructure.Tests.Persistence.Providers;

public sealed class SqliteApprovalCopyRepositoryTests : ApprovalCopyRepositoryTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateMigratedAsync();
}
