using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Digests;
using ProgramBot.Domain.Digests;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class DigestRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SqliteTestDatabase.Start;
    private static readonly DateTimeOffset Slot = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
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
    public async Task AddFindListRemove_RoundTripTheSchedule()
    {
        var subscription = await AddAsync("19:channel");

        var found = await _database.ReadAsync(uow => uow.Digests.FindAsync(_workspace.Id, subscription.Number, default));
        var listed = await _database.ReadAsync(uow => uow.Digests.ListAsync(_workspace.Id, "19:channel", default));
        var removed = await _database.WriteValueAsync(uow => uow.Digests.RemoveAsync(_workspace.Id, subscription.Number, default));
        var again = await _database.WriteValueAsync(uow => uow.Digests.RemoveAsync(_workspace.Id, subscription.Number, default));

        Assert.Equal(subscription, found);
        Assert.Equal([subscription], listed);
        Assert.True(removed);
        Assert.False(again);
    }

    [StorageFact]
    public async Task ClaimSlotAsync_IsTrueOnce_PerSubscriptionAndSlot()
    {
        var subscription = await AddAsync("19:channel");

        var claims = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            claims.Add(await ClaimAsync(subscription, Slot, Now));
        }

        var nextSlot = await ClaimAsync(subscription, Slot.AddDays(7), Now);

        Assert.Equal([true, false, false], claims);
        Assert.True(nextSlot);
    }

    [StorageFact]
    public async Task ClaimSlotAsync_TakesOverAnOpenClaimPastItsLease_OnceOnly()
    {
        var subscription = await AddAsync("19:channel");
        await ClaimAsync(subscription, Slot, Now);

        var tooEarly = await ClaimAsync(subscription, Slot, Now + TimeSpan.FromMinutes(5));
        var takenOver = await ClaimAsync(subscription, Slot, Now + TimeSpan.FromMinutes(11));
        var third = await ClaimAsync(subscription, Slot, Now + TimeSpan.FromMinutes(30));
        var open = Assert.Single(await _database.ReadAsync(uow => uow.Digests.ListOpenSlotsAsync(default)));

        Assert.Equal((false, true, false), (tooEarly, takenOver, third));
        Assert.Equal(new OpenDigestSlot(_workspace.Id, subscription.Number, Slot, Now + TimeSpan.FromMinutes(11), 2, true), open);
    }

    [StorageFact]
    public async Task RenewClaimAsync_KeepsThisRunsClaim_ButNotOneTakenOverOrCompleted()
    {
        var subscription = await AddAsync("19:channel");
        await ClaimAsync(subscription, Slot, Now);

        var renewed = await RenewAsync(subscription, Now, Now + TimeSpan.FromMinutes(9));
        var tooEarly = await ClaimAsync(subscription, Slot, Now + TimeSpan.FromMinutes(11));
        var notMine = await RenewAsync(subscription, Now, Now + TimeSpan.FromMinutes(12));
        await CompleteAsync(subscription, Slot, Now + TimeSpan.FromMinutes(13));
        var completed = await RenewAsync(subscription, Now + TimeSpan.FromMinutes(9), Now + TimeSpan.FromMinutes(14));

        Assert.Equal((true, false, false, false), (renewed, tooEarly, notMine, completed));
    }

    [StorageFact]
    public async Task ClaimSlotAsync_NeverTakesOverACompletedClaim()
    {
        var subscription = await AddAsync("19:channel");
        await ClaimAsync(subscription, Slot, Now);
        await CompleteAsync(subscription, Slot, Now + TimeSpan.FromMinutes(1));

        var again = await ClaimAsync(subscription, Slot, Now + TimeSpan.FromHours(1));

        Assert.False(again);
        Assert.Empty(await _database.ReadAsync(uow => uow.Digests.ListOpenSlotsAsync(default)));
    }

    [StorageFact]
    public async Task CompleteSlotAsync_AlsoClosesStaleClaims_ButNotAnotherLiveOne()
    {
        var subscription = await AddAsync("19:channel");
        var other = await AddAsync("19:other");
        await ClaimAsync(subscription, Slot, Now);
        await ClaimAsync(other, Slot, Now);
        await ClaimAsync(subscription, Slot.AddDays(7), Now + TimeSpan.FromMinutes(20));
        await ClaimAsync(subscription, Slot.AddDays(14), Now + TimeSpan.FromMinutes(29));

        await CompleteAsync(subscription, Slot.AddDays(7), Now + TimeSpan.FromMinutes(30));
        await _database.WriteValueAsync(uow => uow.Digests.RemoveAsync(_workspace.Id, other.Number, default));
        var open = await _database.ReadAsync(uow => uow.Digests.ListOpenSlotsAsync(default));

        Assert.Equal(
            [(other.Number, Slot, false), (subscription.Number, Slot.AddDays(14), true)],
            open.Select(o => (o.Number, o.Slot, o.Subscribed)));
    }

    [StorageFact]
    public async Task RecordDeliveredAsync_KeepsSnapshotAndClearsFailing()
    {
        var subscription = await AddAsync("19:channel");
        await _database.WriteValueAsync(async uow => { await uow.Digests.SetFailingAsync(_workspace.Id, subscription.Number, "403: bot removed", default); return 0; });

        await _database.WriteValueAsync(async uow => { await uow.Digests.RecordDeliveredAsync(_workspace.Id, subscription.Number, Slot, "{\"percent\":40}", default); return 0; });
        var found = await _database.ReadAsync(uow => uow.Digests.FindAsync(_workspace.Id, subscription.Number, default));

        Assert.Equal((Slot, "{\"percent\":40}", (string?)null), (found!.LastSlot, found.LastSnapshot, found.FailingReason));
    }

    [StorageFact]
    public async Task ConversationAddress_UpsertsAndStaysPerWorkspace()
    {
        var address = new ConversationAddress(_workspace.Id, "19:channel", "msteams", "https://smba.example/emea/", "tenant-a", "28:bot", "ProgramBot");
        var other = await TestWorkspace.CreateAsync(_database, "tenant-other");

        await _database.WriteValueAsync(async uow => { await uow.ConversationAddresses.UpsertAsync(address, Now, default); return 0; });
        await _database.WriteValueAsync(async uow => { await uow.ConversationAddresses.UpsertAsync(address with { ServiceUrl = "https://smba.example/amer/" }, Now, default); return 0; });
        var found = await _database.ReadAsync(uow => uow.ConversationAddresses.FindAsync(_workspace.Id, "19:channel", default));
        var elsewhere = await _database.ReadAsync(uow => uow.ConversationAddresses.FindAsync(other.Id, "19:channel", default));

        Assert.Equal("https://smba.example/amer/", found?.ServiceUrl);
        Assert.Null(elsewhere);
    }

    // A ten-minute lease, as configured by default.
    private Task<bool> ClaimAsync(DigestSubscription subscription, DateTimeOffset slot, DateTimeOffset now) =>
        _database.WriteValueAsync(uow => uow.Digests.ClaimSlotAsync(
            _workspace.Id, subscription.Number, slot, now, now - TimeSpan.FromMinutes(10), DigestOptions.MaxClaims, default));

    private Task<int> CompleteAsync(DigestSubscription subscription, DateTimeOffset slot, DateTimeOffset now) =>
        _database.WriteValueAsync(async uow =>
        {
            await uow.Digests.CompleteSlotAsync(_workspace.Id, subscription.Number, slot, now, now - TimeSpan.FromMinutes(10), default);
            return 0;
        });

    private async Task<DigestSubscription> AddAsync(string conversation)
    {
        var number = await _database.WriteValueAsync(uow => uow.Digests.TakeNextNumberAsync(_workspace.Id, default));
        var subscription = new DigestSubscription(
            _workspace.Id, number, conversation, DigestScope.ForProject(_workspace.Project.Id),
            new ScheduleSpec("weekly", DayOfWeek.Monday, null, new TimeOnly(9, 0), "Europe/Berlin"), _workspace.Member.Id, Now, null, null, null);
        await _database.WriteValueAsync(async uow => { await uow.Digests.AddAsync(subscription, default); return 0; });
        return subscription;
    }

    private Task<bool> RenewAsync(DigestSubscription subscription, DateTimeOffset claimedAt, DateTimeOffset now) =>
        _database.WriteValueAsync(uow => uow.Digests.RenewClaimAsync(_workspace.Id, subscription.Number, Slot, claimedAt, now, default));
}
