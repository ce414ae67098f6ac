using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Audit;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence;

/// <summary>Both workspaces hold look-alike data (same project key, same user and conversation ids).</summary>
/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class WorkspaceIsolationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SqliteTestDatabase.Start;
    private ITestDatabase _database = null!;
    private TestWorkspace _a = null!;
    private TestWorkspace _b = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _a = await TestWorkspace.CreateAsync(_database, "tenant-a", "WEB");
        _b = await TestWorkspace.CreateAsync(_database, "tenant-b", "WEB");
        await new WorkItemBuilder(_a, Now).WithTitle("secret of A").WithAssignee(_a.Member.Id).AddAsync(_database);
        await _database.WriteValueAsync(async uow =>
        {
            await uow.Members.UpsertAsync(_a.Id, "shared-user", "Pat", null, Now, default);
            await uow.ChannelBindings.BindAsync(_a.Id, "19:shared", _a.Project.Id, _a.Member.Id, Now, default);
            await uow.Audit.AppendAsync(new AuditEvent(_a.Id, _a.Member.Id, "task", "WEB-1", "created", "{}", Now), default);
            return 0;
        });
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>Returns a migrated, empty database of the provider under test.</summary>
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task WorkItemQueries_ReturnNothingFromA_WhenAskedForB()
    {
        Assert.Null(await _database.ReadAsync(uow => uow.WorkItems.FindAsync(_b.Id, new(_a.Project.Key, 1), default)));
        Assert.Empty(await _database.ReadAsync(uow => uow.WorkItems.ListAsync(_b.Id, new WorkItemQuery(IncludeDone: true), default)));
        Assert.Equal(0, await _database.ReadAsync(uow => uow.WorkItems.CountAsync(_b.Id, new WorkItemQuery(IncludeDone: true), default)));
        Assert.Empty(await _database.ReadAsync(uow => uow.WorkItems.ListAsync(_b.Id, new WorkItemQuery(AssigneeId: _a.Member.Id), default)));
        var counts = await _database.ReadAsync(uow => uow.WorkItems.CountByStatusAsync(_b.Id, [_a.Project.Id], DateOnly.MaxValue, default));
        Assert.Equal(0, counts[_a.Project.Id].Total);
    }

    [StorageFact]
    public async Task ProjectQueries_ReturnNothingFromA_WhenAskedForB()
    {
        Assert.Null(await _database.ReadAsync(uow => uow.Projects.FindByIdAsync(_b.Id, _a.Project.Id, default)));
        Assert.Equal(_b.Project, await _database.ReadAsync(uow => uow.Projects.FindByKeyAsync(_b.Id, _a.Project.Key, default)));
        Assert.Equal([_b.Project], await _database.ReadAsync(uow => uow.Projects.ListAsync(_b.Id, default)));
    }

    [StorageFact]
    public async Task MemberQueries_ReturnNothingFromA_WhenAskedForB()
    {
        Assert.Null(await _database.ReadAsync(uow => uow.Members.FindByChannelUserIdAsync(_b.Id, "shared-user", default)));
        Assert.Empty(await _database.ReadAsync(uow => uow.Members.FindByHandleAsync(_b.Id, "pat", default)));
        Assert.Empty(await _database.ReadAsync(uow => uow.Members.GetByIdsAsync(_b.Id, [_a.Member.Id], default)));
    }

    [StorageFact]
    public async Task BindingAndAuditQueries_ReturnNothingFromA_WhenAskedForB()
    {
        Assert.Null(await _database.ReadAsync(uow => uow.ChannelBindings.FindProjectIdAsync(_b.Id, "19:shared", default)));
        Assert.Empty(await _database.ReadAsync(uow => uow.Audit.ListForEntityAsync(_b.Id, "task", "WEB-1", default)));
    }

    [StorageFact]
    public async Task TryClaimAsync_ClaimsPerWorkspace_WhenKeysCollide()
    {
        Assert.True(await _database.WriteValueAsync(uow => uow.ProcessedActivities.TryClaimAsync(_a.Id, "act", Now, default)));
        Assert.True(await _database.WriteValueAsync(uow => uow.ProcessedActivities.TryClaimAsync(_b.Id, "act", Now, default)));
    }

    [StorageFact]
    public async Task AddAsync_Fails_WhenTaskPointsAtProjectOfAnotherWorkspace()
    {
        var foreign = new WorkItemBuilder(_b, Now).InProject(_a.Project.Id, "WEB").Build(7);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(
            () => _database.WriteValueAsync(async uow => { await uow.WorkItems.AddAsync(foreign, default); return 0; }));
    }
}
