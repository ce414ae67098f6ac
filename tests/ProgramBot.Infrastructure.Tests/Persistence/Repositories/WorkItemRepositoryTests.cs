using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.WorkItems;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class WorkItemRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SqliteTestDatabase.Start;
    private static readonly DateOnly Today = new(2026, 3, 2);
    private ITestDatabase _database = null!;
    private TestWorkspace _workspace = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _workspace = await TestWorkspace.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>Returns a migrated, empty database of the provider under test.</summary>
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task FindAsync_ReturnsEveryField_WhenTaskWasAdded()
    {
        var added = await New().WithAssignee(_workspace.Member.Id).WithDueDate(Today.AddDays(3))
            .WithStatus(WorkItemStatus.Blocked, "waiting").WithPercent(40).AddAsync(_database);

        var found = await Find(added.Id);

        Assert.NotNull(found);
        Assert.Equal(
            (added.WorkspaceId, added.ProjectId, added.Id, added.Title, added.Description, added.AssigneeId, added.DueDate),
            (found.WorkspaceId, found.ProjectId, found.Id, found.Title, found.Description, found.AssigneeId, found.DueDate));
        Assert.Equal(
            (added.Priority, added.Status, added.BlockedReason, added.PercentComplete, added.IsMilestone, added.CreatedBy),
            (found.Priority, found.Status, found.BlockedReason, found.PercentComplete, found.IsMilestone, found.CreatedBy));
        Assert.Equal((added.CreatedAt, added.UpdatedAt), (found.CreatedAt, found.UpdatedAt));
        Assert.Equal("WEB-1", found.Id.ToString());
    }

    [StorageFact]
    public async Task FindAsync_ReturnsNull_WhenNumberIsUnknown()
    {
        Assert.Null(await Find(new WorkItemId(_workspace.Project.Key, 99)));
    }

    [StorageFact]
    public async Task UpdateAsync_StoresChangedFields_WhenTaskChanges()
    {
        var added = await New().AddAsync(_database);
        var later = Now.AddHours(2);
        added.AssignTo(_workspace.Member.Id, later);
        added.Reschedule(Today.AddDays(7), Today, later);
        added.Complete(later);

        await _database.WriteValueAsync(async uow => { await uow.WorkItems.UpdateAsync(added, default); return 0; });

        var found = await Find(added.Id);
        Assert.Equal((WorkItemStatus.Done, 100, _workspace.Member.Id, Today.AddDays(7), later),
            (found!.Status, found.PercentComplete, found.AssigneeId!.Value, found.DueDate!.Value, found.UpdatedAt));
        Assert.Equal("2026-03-09", await _database.ScalarAsync<string>("SELECT due_date FROM work_items"));
        Assert.Equal("2026-03-02T11:30:00.0000000+00:00", await _database.ScalarAsync<string>("SELECT updated_at FROM work_items"));
    }

    [StorageFact]
    public async Task UpdateAsync_Throws_WhenTaskDoesNotExist()
    {
        var ghost = New().Build(42);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _database.WriteValueAsync(async uow => { await uow.WorkItems.UpdateAsync(ghost, default); return 0; }));
    }

    [StorageFact]
    public async Task ListAsync_OrdersOpenByDueDateThenUndatedThenDone_WhenDoneIncluded()
    {
        await New().WithTitle("undated").AddAsync(_database);
        await New().WithTitle("later").WithDueDate(Today.AddDays(5)).AddAsync(_database);
        await New().WithTitle("done").WithDueDate(Today).WithStatus(WorkItemStatus.Done).AddAsync(_database);
        await New().WithTitle("sooner").WithDueDate(Today.AddDays(1)).AddAsync(_database);
        await New().WithTitle("undated too").AddAsync(_database);

        var items = await List(new WorkItemQuery(IncludeDone: true));

        Assert.Equal(["sooner", "later", "undated", "undated too", "done"], items.Select(item => item.Title));
    }

    [StorageFact]
    public async Task ListAsync_LeavesOutDone_ByDefault()
    {
        await New().WithTitle("open").AddAsync(_database);
        await New().WithTitle("done").WithStatus(WorkItemStatus.Done).AddAsync(_database);

        Assert.Equal(["open"], (await List(new WorkItemQuery())).Select(item => item.Title));
    }

    [StorageFact]
    public async Task ListAsync_ReturnsAtMostLimit_WhenMoreMatch()
    {
        for (var i = 0; i < 5; i++)
        {
            await New().AddAsync(_database);
        }

        var items = await List(new WorkItemQuery(Limit: 3));

        Assert.Equal([1, 2, 3], items.Select(item => item.Id.Number));
        Assert.Equal(5, await Count(new WorkItemQuery(Limit: 3)));
    }

    [StorageFact]
    public async Task ListAsync_FiltersByAssigneeAndProject_WhenGiven()
    {
        var bob = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(_workspace.Id, "bob", "Bob", null, Now, default));
        var ops = await _database.WriteValueAsync(uow => uow.Projects.AddAsync(
            Domain.Projects.Project.Create(_workspace.Id, Domain.Common.EntityKey.Parse("OPS", "p").Value, "Ops", null, null, null, null, Now).Value,
            default));
        await New().WithTitle("alice web").WithAssignee(_workspace.Member.Id).AddAsync(_database);
        await New().WithTitle("bob web").WithAssignee(bob.Id).AddAsync(_database);
        await New().WithTitle("bob ops").WithAssignee(bob.Id).InProject(ops.Id, "OPS").AddAsync(_database);

        var bobs = await List(new WorkItemQuery(AssigneeId: bob.Id));
        var bobsInOps = await List(new WorkItemQuery(ProjectId: ops.Id, AssigneeId: bob.Id));

        // Undated ties across projects go by project, in the order the projects were made (WEB, then OPS).
        Assert.Equal(["bob web", "bob ops"], bobs.Select(item => item.Title));
        Assert.Equal(["bob ops"], bobsInOps.Select(item => item.Title));
        Assert.Equal("OPS-1", bobsInOps[0].Id.ToString());
    }

    [StorageFact]
    public async Task ListAsync_KeepsNotDoneTasksDueStrictlyBefore_WhenDueBeforeGiven()
    {
        await New().WithTitle("yesterday").WithDueDate(Today.AddDays(-1)).AddAsync(_database);
        await New().WithTitle("today").WithDueDate(Today).AddAsync(_database);
        await New().WithTitle("done yesterday").WithDueDate(Today.AddDays(-1)).WithStatus(WorkItemStatus.Done).AddAsync(_database);
        await New().WithTitle("undated").AddAsync(_database);

        var query = new WorkItemQuery(DueBefore: Today, IncludeDone: true);

        Assert.Equal(["yesterday"], (await List(query)).Select(item => item.Title));
        Assert.Equal(1, await Count(query));
    }

    [StorageFact]
    public async Task ListAsync_ReturnsOnlyBlocked_WhenBlockedOnly()
    {
        await New().WithTitle("blocked").WithStatus(WorkItemStatus.Blocked, "keys").AddAsync(_database);
        await New().WithTitle("started").WithStatus(WorkItemStatus.InProgress).AddAsync(_database);

        Assert.Equal(["blocked"], (await List(new WorkItemQuery(BlockedOnly: true))).Select(item => item.Title));
    }

    [StorageFact]
    public async Task ListAsync_Throws_WhenLimitIsNotPositive()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => List(new WorkItemQuery(Limit: 0)));
    }

    [StorageFact]
    public async Task CountByStatusAsync_CountsEachStatusAndOverdue_WhenTasksExist()
    {
        await New().WithDueDate(Today.AddDays(-2)).AddAsync(_database);
        await New().AddAsync(_database);
        await New().WithStatus(WorkItemStatus.InProgress).WithDueDate(Today.AddDays(-1)).AddAsync(_database);
        await New().WithStatus(WorkItemStatus.Blocked, "x").WithDueDate(Today).AddAsync(_database);
        await New().WithStatus(WorkItemStatus.Done).WithDueDate(Today.AddDays(-5)).AddAsync(_database);

        var counts = await _database.ReadAsync(uow => uow.WorkItems.CountByStatusAsync(_workspace.Id, [_workspace.Project.Id], Today, default));

        Assert.Equal(new WorkItemStatusCounts(Todo: 2, InProgress: 1, Blocked: 1, Done: 1, Overdue: 2), counts[_workspace.Project.Id]);
    }

    [StorageFact]
    public async Task CountByStatusAsync_ReturnsZeros_WhenProjectHasNoTasks()
    {
        var counts = await _database.ReadAsync(uow => uow.WorkItems.CountByStatusAsync(_workspace.Id, [_workspace.Project.Id, 999], Today, default));

        Assert.Equal([new WorkItemStatusCounts(0, 0, 0, 0, 0), new WorkItemStatusCounts(0, 0, 0, 0, 0)], [counts[_workspace.Project.Id], counts[999]]);
    }

    [StorageFact]
    public async Task AddAsync_StoresTimesAsUtcText_WhenGivenAnotherOffset()
    {
        var berlin = new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.FromHours(1));
        await new WorkItemBuilder(_workspace, berlin).AddAsync(_database);

        var stored = await _database.ScalarAsync<string>("SELECT created_at FROM work_items");
        var found = await Find(new WorkItemId(_workspace.Project.Key, 1));

        Assert.Equal("2026-03-02T09:30:00.0000000+00:00", stored);
        Assert.Equal(berlin, found!.CreatedAt);
    }

    private WorkItemBuilder New() => new(_workspace, Now);

    private Task<WorkItem?> Find(WorkItemId id) => _database.ReadAsync(uow => uow.WorkItems.FindAsync(_workspace.Id, id, default));

    private Task<IReadOnlyList<WorkItem>> List(WorkItemQuery query) =>
        _database.ReadAsync(uow => uow.WorkItems.ListAsync(_workspace.Id, query, default));

    private Task<int> Count(WorkItemQuery query) => _database.ReadAsync(uow => uow.WorkItems.CountAsync(_workspace.Id, query, default));
}
