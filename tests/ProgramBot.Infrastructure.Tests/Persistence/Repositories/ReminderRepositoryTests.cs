using ProgramBot.Application.Abstractions;
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
    public async Task ClaimAsync_IsTrueOnce_PerTaskKindAndDueDate()
    {
        var candidate = await OverdueCandidateAsync();

        var first = await ClaimAsync(candidate, "overdue", Now);
        var again = await ClaimAsync(candidate, "overdue", Now);
        var otherKind = await ClaimAsync(candidate, "due-tomorrow", Now);
        var otherDate = await ClaimAsync(candidate with { DueDate = Today }, "overdue", Now);

        Assert.Equal((true, false, true, true), (first, again, otherKind, otherDate));
    }

    [StorageFact]
    public async Task ListCandidatesAsync_KeepsATaskWhoseOverdueClaimIsOpen_AndDropsItOnceCompleted()
    {
        var candidate = await OverdueCandidateAsync();
        await ClaimAsync(candidate, "overdue", Now);

        var whileOpen = await _database.ReadAsync(uow => uow.Reminders.ListCandidatesAsync(Today, default));
        var completed = await CompleteAsync(candidate.SlotFor("overdue"), Now, Now + TimeSpan.FromMinutes(1));
        var afterwards = await _database.ReadAsync(uow => uow.Reminders.ListCandidatesAsync(Today, default));

        Assert.Equal(["WEB-1"], whileOpen.Select(c => c.TaskId));
        Assert.True(completed);
        Assert.Empty(afterwards);
    }

    [StorageFact]
    public async Task ClaimAsync_TakesOverAnOpenClaimPastItsLease_OnceOnly()
    {
        var candidate = await OverdueCandidateAsync();
        await ClaimAsync(candidate, "overdue", Now);

        var tooEarly = await ClaimAsync(candidate, "overdue", Now + TimeSpan.FromMinutes(4));
        var takenOver = await ClaimAsync(candidate, "overdue", Now + TimeSpan.FromMinutes(6));
        var third = await ClaimAsync(candidate, "overdue", Now + TimeSpan.FromMinutes(30));
        var stale = await _database.ReadAsync(uow => uow.Reminders.ListStaleClaimsAsync(Now + TimeSpan.FromHours(1), default));

        Assert.Equal((false, true, false), (tooEarly, takenOver, third));
        var open = Assert.Single(stale);
        Assert.Equal((candidate.SlotFor("overdue"), "WEB-1", _workspace.Member.Id, Now + TimeSpan.FromMinutes(6), 2),
            (open.Slot, open.TaskId, open.MemberId, open.ClaimedAt, open.Claims));
    }

    [StorageFact]
    public async Task ClaimAsync_NeverTakesOverACompletedClaim()
    {
        var candidate = await OverdueCandidateAsync();
        await ClaimAsync(candidate, "due-tomorrow", Now);
        await CompleteAsync(candidate.SlotFor("due-tomorrow"), Now, Now + TimeSpan.FromMinutes(1));

        var again = await ClaimAsync(candidate, "due-tomorrow", Now + TimeSpan.FromHours(1));

        Assert.False(again);
        Assert.Empty(await _database.ReadAsync(uow => uow.Reminders.ListStaleClaimsAsync(Now + TimeSpan.FromHours(2), default)));
    }

    [StorageFact]
    public async Task CompleteAsync_LeavesAClaimTakenOverSince_ToItsNewOwner()
    {
        var candidate = await OverdueCandidateAsync();
        await ClaimAsync(candidate, "overdue", Now);
        await ClaimAsync(candidate, "overdue", Now + TimeSpan.FromMinutes(15));

        var byTheDeadRun = await CompleteAsync(candidate.SlotFor("overdue"), Now, Now + TimeSpan.FromMinutes(16));
        var byTheOwner = await CompleteAsync(candidate.SlotFor("overdue"), Now + TimeSpan.FromMinutes(15), Now + TimeSpan.FromMinutes(16));
        var twice = await CompleteAsync(candidate.SlotFor("overdue"), Now + TimeSpan.FromMinutes(15), Now + TimeSpan.FromMinutes(17));

        Assert.Equal((false, true, false), (byTheDeadRun, byTheOwner, twice));
    }

    [StorageFact]
    public async Task ListStaleClaimsAsync_ReturnsOnlyOpenClaimsMadeByTheDate()
    {
        var candidate = await OverdueCandidateAsync();
        await ClaimAsync(candidate, "overdue", Now);
        await ClaimAsync(candidate with { DueDate = Today }, "overdue", Now);
        await CompleteAsync((candidate with { DueDate = Today }).SlotFor("overdue"), Now, Now);
        await ClaimAsync(candidate, "due-tomorrow", Now + TimeSpan.FromMinutes(10));

        var stale = await _database.ReadAsync(uow => uow.Reminders.ListStaleClaimsAsync(Now + TimeSpan.FromMinutes(5), default));

        Assert.Equal([candidate.SlotFor("overdue")], stale.Select(c => c.Slot));
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

    private async Task<ReminderCandidate> OverdueCandidateAsync()
    {
        await Task(Today.AddDays(-1)).AddAsync(_database);
        return Assert.Single(await _database.ReadAsync(uow => uow.Reminders.ListCandidatesAsync(Today, default)));
    }

    /// <summary>Claims at <paramref name="now"/> with a 5-minute lease and at most two claims, as the reminder job does.</summary>
    private Task<bool> ClaimAsync(ReminderCandidate candidate, string kind, DateTimeOffset now) =>
        _database.WriteValueAsync(uow => uow.Reminders.ClaimAsync(candidate, kind, now, now - TimeSpan.FromMinutes(5), 2, default));

    private Task<bool> CompleteAsync(ReminderSlot slot, DateTimeOffset claimedAt, DateTimeOffset now) =>
        _database.WriteValueAsync(uow => uow.Reminders.CompleteAsync(slot, claimedAt, now, default));

    private WorkItemBuilder Task(DateOnly due) => new WorkItemBuilder(_workspace, Now).WithAssignee(_workspace.Member.Id).WithDueDate(due);

    private Task<int> AddAddressAsync(ConversationAddress address) =>
        _database.WriteValueAsync(async uow => { await uow.ConversationAddresses.UpsertAsync(address, Now, default); return 0; });
}
