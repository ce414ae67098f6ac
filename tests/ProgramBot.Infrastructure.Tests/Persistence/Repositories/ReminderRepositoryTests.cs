using ProgramBot.Domain.Digests;
using ProgramBot.Domain.WorkItems;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class ReminderRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SqliteTestDatabase.Start;
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
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
    public async Task ListCandidatesAsync_ReturnsOpenAssignedTasksDueByTheDate_WithTheZones()
    {
        await Task(Today.AddDays(1)).AddAsync(_database);
        await Task(Today.AddDays(3)).AddAsync(_database);
        await Task(Today.AddDays(-1)).WithStatus(WorkItemStatus.Done).AddAsync(_database);
        await new WorkItemBuilder(_workspace, Now).WithDueDate(Today).AddAsync(_database);

        var candidates = await _database.ReadAsync(uow => uow.Reminders.ListCandidatesAsync(Today.AddDays(2), default));

        var candidate = Assert.Single(candidates);
        Assert.Equal(("WEB-1", Today.AddDays(1), "Alice Smith", (string?)null, "Europe/Berlin"),
            (candidate.TaskId, candidate.DueDate, candidate.AssigneeName, candidate.MemberZone, candidate.WorkspaceZone));
    }

    [StorageFact]
    public async Task ClaimAsync_IsTrueOnce_PerTaskKindAndDueDate_AndAClaimedOverdueLeavesTheCandidates()
    {
        await Task(Today.AddDays(-1)).AddAsync(_database);
        var candidate = (await _database.ReadAsync(uow => uow.Reminders.ListCandidatesAsync(Today, default)))[0];

        var first = await _database.WriteValueAsync(uow => uow.Reminders.ClaimAsync(candidate, "overdue", Now, default));
        var again = await _database.WriteValueAsync(uow => uow.Reminders.ClaimAsync(candidate, "overdue", Now, default));
        var otherKind = await _database.WriteValueAsync(uow => uow.Reminders.ClaimAsync(candidate, "due-tomorrow", Now, default));
        var otherDate = await _database.WriteValueAsync(uow => uow.Reminders.ClaimAsync(candidate with { DueDate = Today }, "overdue", Now, default));
        var left = await _database.ReadAsync(uow => uow.Reminders.ListCandidatesAsync(Today, default));

        Assert.Equal((true, false, true, true), (first, again, otherKind, otherDate));
        Assert.Empty(left);
    }

    [StorageFact]
    public async Task FindPersonalAsync_FindsOnlyAMembersPersonalChat()
    {
        var member = _workspace.Member.Id;
        await AddAddressAsync(new ConversationAddress(_workspace.Id, "19:general", "msteams", "https://smba.example/", null, "28:bot", null, "channel"));
        await AddAddressAsync(new ConversationAddress(_workspace.Id, "a:dm", "msteams", "https://smba.example/", null, "28:bot", null, ConversationAddress.Personal, member));

        var found = await _database.ReadAsync(uow => uow.ConversationAddresses.FindPersonalAsync(_workspace.Id, [member, 999], default));

        Assert.Equal(["a:dm"], found.Values.Select(a => a.ConversationId));
        Assert.Equal(member, found[member].MemberId);
    }

    private WorkItemBuilder Task(DateOnly due) => new WorkItemBuilder(_workspace, Now).WithAssignee(_workspace.Member.Id).WithDueDate(due);

    private Task<int> AddAddressAsync(ConversationAddress address) =>
        _database.WriteValueAsync(async uow => { await uow.ConversationAddresses.UpsertAsync(address, Now, default); return 0; });
}
