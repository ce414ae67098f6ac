using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class WorkspaceAndMemberRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SqliteTestDatabase.Start;
    private ITestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>Returns a migrated, empty database of the provider under test.</summary>
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task GetOrAddAsync_ReturnsSameWorkspace_WhenCalledTwice()
    {
        var first = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-a", "Europe/Berlin", Now, default));
        var second = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", Now.AddDays(1), default));

        Assert.Equal(first, second);
        Assert.Equal("Europe/Berlin", second.DefaultTimeZone);
        Assert.Equal(Now, second.CreatedAt);
    }

    [StorageFact]
    public async Task FindByExternalIdAsync_ReturnsNull_WhenUnknown()
    {
        var found = await _database.Store.ReadAsync((uow, ct) => uow.Workspaces.FindByExternalIdAsync("nobody", ct), default);

        Assert.Null(found);
    }

    [StorageFact]
    public async Task UpsertAsync_InsertsMemberWithHandle_WhenNew()
    {
        var workspace = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", Now, default));

        var member = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u1", " Alice Smith ", "Europe/Paris", Now, default));

        Assert.True(member.Id > 0);
        Assert.Equal(("Alice Smith", "alicesmith", "Europe/Paris"), (member.Name, member.Handle, member.TimeZone));
        Assert.Equal(member, await _database.ReadAsync(uow => uow.Members.FindByChannelUserIdAsync(workspace.Id, "u1", default)));
    }

    [StorageFact]
    public async Task UpsertAsync_UpdatesNameHandleAndTimeZone_WhenMemberExists()
    {
        var workspace = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", Now, default));
        var first = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u1", "Alice", "UTC", Now, default));

        var second = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u1", "Alice Jones", "Asia/Tokyo", Now.AddDays(1), default));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(("Alice Jones", "alicejones", "Asia/Tokyo"), (second.Name, second.Handle, second.TimeZone));
        Assert.Equal(Now, second.CreatedAt);
    }

    [StorageFact]
    public async Task UpsertAsync_KeepsTimeZone_WhenNoneIsGiven()
    {
        var workspace = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", Now, default));
        await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u1", "Alice", "Asia/Tokyo", Now, default));

        var updated = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u1", "Alice B", null, Now, default));

        Assert.Equal("Asia/Tokyo", updated.TimeZone);
    }

    [StorageFact]
    public async Task FindByHandleAsync_ReturnsEveryMemberWithThatHandle_WhenNamesCollide()
    {
        var workspace = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", Now, default));
        await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u1", "Sam Lee", null, Now, default));
        await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u2", "Sam  Lee", null, Now, default));
        await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u3", "Bob", null, Now, default));

        var found = await _database.ReadAsync(uow => uow.Members.FindByHandleAsync(workspace.Id, "samlee", default));

        Assert.Equal(["u1", "u2"], found.Select(member => member.ChannelUserId));
    }

    [StorageFact]
    public async Task GetByIdsAsync_ReturnsRequestedMembers_WhenIdsGiven()
    {
        var workspace = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", Now, default));
        var alice = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u1", "Alice", null, Now, default));
        await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u2", "Bob", null, Now, default));
        var carol = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u3", "Carol", null, Now, default));

        var found = await _database.ReadAsync(uow => uow.Members.GetByIdsAsync(workspace.Id, [carol.Id, alice.Id, 999], default));

        Assert.Equal([alice, carol], found);
        Assert.Empty(await _database.ReadAsync(uow => uow.Members.GetByIdsAsync(workspace.Id, [], default)));
    }

    [StorageFact]
    public async Task UpsertAsync_MakesOnlyTheFirstMemberOfANewWorkspaceItsAdmin()
    {
        var workspace = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", Now, default));
        var other = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-b", "UTC", Now, default));

        var first = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u1", "Alice", null, Now, default));
        var second = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u2", "Bob", null, Now, default));
        var firstElsewhere = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(other.Id, "u3", "Mallory", null, Now, default));

        Assert.True(first.IsAdmin);
        Assert.False(second.IsAdmin);
        Assert.True(firstElsewhere.IsAdmin);
        Assert.Equal([first], await _database.ReadAsync(uow => uow.Members.ListAdminsAsync(workspace.Id, default)));
    }

    [StorageFact]
    public async Task UpsertAsync_LeavesTheAdminFlagAlone_WhenTheMemberExists()
    {
        var workspace = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", Now, default));
        var alice = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u1", "Alice", null, Now, default));
        var bob = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u2", "Bob", null, Now, default));
        await _database.WriteValueAsync(async uow =>
        {
            await uow.Members.SetAdminAsync(workspace.Id, bob.Id, isAdmin: true, default);
            await uow.Members.SetAdminAsync(workspace.Id, alice.Id, isAdmin: false, default);
            return 0;
        });

        var aliceAgain = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u1", "Alice B", null, Now, default));
        var bobAgain = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "u2", "Bob B", null, Now, default));

        Assert.False(aliceAgain.IsAdmin);
        Assert.True(bobAgain.IsAdmin);
        Assert.Equal([bob.Id], (await _database.ReadAsync(uow => uow.Members.ListAdminsAsync(workspace.Id, default))).Select(m => m.Id));
    }

    [StorageFact]
    public async Task SetAdminAsync_ChangesNothing_ForAMemberOfAnotherWorkspace()
    {
        var workspace = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-a", "UTC", Now, default));
        var other = await _database.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-b", "UTC", Now, default));
        await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(other.Id, "u0", "Mallory", null, Now, default));
        var stranger = await _database.WriteValueAsync(uow => uow.Members.UpsertAsync(other.Id, "u1", "Sam", null, Now, default));

        await _database.WriteValueAsync(async uow =>
        {
            await uow.Members.SetAdminAsync(workspace.Id, stranger.Id, isAdmin: true, default);
            return 0;
        });

        Assert.False((await _database.ReadAsync(uow => uow.Members.FindByChannelUserIdAsync(other.Id, "u1", default)))!.IsAdmin);
    }
}
