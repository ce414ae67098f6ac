using ProgramBot.Domain.Digests;
using ProgramBot.Infrastructure.Tests.Support;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

public sealed class DigestRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SqliteTestDatabase.Start;
    private static readonly DateTimeOffset Slot = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private SqliteTestDatabase _database = null!;
    private TestWorkspace _workspace = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateMigratedAsync();
        _workspace = await TestWorkspace.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
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

    [Fact]
    public async Task ClaimSlotAsync_IsTrueOnce_PerSubscriptionAndSlot()
    {
        var subscription = await AddAsync("19:channel");

        var claims = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            claims.Add(await _database.WriteValueAsync(uow => uow.Digests.ClaimSlotAsync(_workspace.Id, subscription.Number, Slot, Now, default)));
        }

        var nextSlot = await _database.WriteValueAsync(uow => uow.Digests.ClaimSlotAsync(_workspace.Id, subscription.Number, Slot.AddDays(7), Now, default));

        Assert.Equal([true, false, false], claims);
        Assert.True(nextSlot);
    }

    [Fact]
    public async Task RecordDeliveredAsync_KeepsSnapshotAndClearsFailing()
    {
        var subscription = await AddAsync("19:channel");
        await _database.WriteValueAsync(async uow => { await uow.Digests.SetFailingAsync(_workspace.Id, subscription.Number, "403: bot removed", default); return 0; });

        await _database.WriteValueAsync(async uow => { await uow.Digests.RecordDeliveredAsync(_workspace.Id, subscription.Number, Slot, "{\"percent\":40}", default); return 0; });
        var found = await _database.ReadAsync(uow => uow.Digests.FindAsync(_workspace.Id, subscription.Number, default));

        Assert.Equal((Slot, "{\"percent\":40}", (string?)null), (found!.LastSlot, found.LastSnapshot, found.FailingReason));
    }

    [Fact]
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

    private async Task<DigestSubscription> AddAsync(string conversation)
    {
        var number = await _database.WriteValueAsync(uow => uow.Digests.TakeNextNumberAsync(_workspace.Id, default));
        var subscription = new DigestSubscription(
            _workspace.Id, number, conversation, DigestScope.ForProject(_workspace.Project.Id),
            new ScheduleSpec("weekly", DayOfWeek.Monday, null, new TimeOnly(9, 0), "Europe/Berlin"), _workspace.Member.Id, Now, null, null, null);
        await _database.WriteValueAsync(async uow => { await uow.Digests.AddAsync(subscription, default); return 0; });
        return subscription;
    }
}
