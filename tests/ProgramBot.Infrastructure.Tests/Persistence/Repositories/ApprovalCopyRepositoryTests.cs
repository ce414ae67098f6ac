using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Approvals;
using ProgramBot.Domain.Approvals;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class ApprovalCopyRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SqliteTestDatabase.Start;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly PostedMessage First = new("msteams", "https://smba.example/", "19:a@thread", "1700000000001", "tenant-a");
    private static readonly PostedMessage Second = First with { ConversationId = "19:b@thread", ActivityId = "1700000000002" };
    private static readonly RequesterNotice Notice = new("Alice", "29:alice", "A-1 \"Move launch\" was approved by Alice.");
    private ITestDatabase _database = null!;
    private TestWorkspace _workspace = null!;
    private ApprovalId _id;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _workspace = await TestWorkspace.CreateAsync(_database);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var draft = new ApprovalDraft(ApprovalKind.Schedule, "Move launch", _workspace.Project.Id, _workspace.Member.Id, [_workspace.Member.Id], ApprovalPolicy.Any, null);
        _id = new ApprovalId(await _database.WriteValueAsync(uow => uow.Approvals.TakeNextNumberAsync(_workspace.Id, default)));
        await WriteAsync(uow => uow.Approvals.AddAsync(ApprovalRequest.Create(draft, _workspace.Id, _id, today, Now).Value, default));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>Returns a migrated, empty database of the provider under test.</summary>
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task MarkOutdatedAsync_PutsEveryLiveCopyBehind_UntilEachIsRecordedShown()
    {
        await AddCopyAsync(First, shown: 0);
        await AddCopyAsync(Second, shown: 0);

        await WriteAsync(uow => uow.ApprovalCopies.MarkOutdatedAsync(_workspace.Id, _id, 1, default));
        var behind = await OutdatedAsync();
        await UpdateAsync(First, 1, Now);
        var oneLeft = await OutdatedAsync();

        Assert.Equal([First, Second], behind.Select(c => c.Message));
        Assert.Equal((1, "Europe/Berlin"), (behind[0].TargetVersion, behind[0].WorkspaceZone));
        Assert.Equal([Second], oneLeft.Select(c => c.Message));
    }

    [StorageFact]
    public async Task ClaimUpdateAsync_HoldsTheCopy_UntilItRunsOut_AndOnlyTheLiveClaimRecords()
    {
        await AddCopyAsync(First, shown: 0);
        await WriteAsync(uow => uow.ApprovalCopies.MarkOutdatedAsync(_workspace.Id, _id, 1, default));

        var first = await ClaimCopyAsync(First, 1, Now);
        var whileHeld = await ClaimCopyAsync(First, 1, Now + TimeSpan.FromMinutes(4));
        var listedWhileHeld = await _database.ReadAsync(uow => uow.ApprovalCopies.ListOutdatedAsync(Now + TimeSpan.FromMinutes(4), 10, default));
        var takeOver = await ClaimCopyAsync(First, 1, Now + Lease);
        await WriteAsync(uow => uow.ApprovalCopies.RecordShownAsync(_workspace.Id, _id, First, 1, Now + Lease, default));
        var afterTheOldClaim = await OutdatedAsync();
        await WriteAsync(uow => uow.ApprovalCopies.RecordShownAsync(_workspace.Id, _id, First, 1, Now + Lease + Lease, default));

        Assert.Equal((0, null, 0), (first, whileHeld, takeOver));
        Assert.Empty(listedWhileHeld);
        Assert.Equal([First], afterTheOldClaim.Select(c => c.Message));
        Assert.Empty(await OutdatedAsync());
    }

    [StorageFact]
    public async Task ClaimUpdateAsync_RefusesAVersionOlderThanTheCopyShouldShow_AndOneItShowsAlready()
    {
        await AddCopyAsync(First, shown: 0);
        await WriteAsync(uow => uow.ApprovalCopies.MarkOutdatedAsync(_workspace.Id, _id, 2, default));

        var older = await ClaimCopyAsync(First, 1, Now);
        await UpdateAsync(First, 2, Now);
        var shownAlready = await ClaimCopyAsync(First, 2, Now);

        Assert.Equal((null, null), (older, shownAlready));
        Assert.Empty(await OutdatedAsync());
    }

    [StorageFact]
    public async Task DeferUpdateAsync_KeepsACopyFromTheJob_UntilItsNextTry_ThenListsItAfterTheNeverTried()
    {
        await AddCopyAsync(First, shown: 0);
        await AddCopyAsync(Second, shown: 0);
        await WriteAsync(uow => uow.ApprovalCopies.MarkOutdatedAsync(_workspace.Id, _id, 1, default));
        await ClaimCopyAsync(First, 1, Now);
        var nextTry = Now + TimeSpan.FromMinutes(10);

        await WriteAsync(uow => uow.ApprovalCopies.DeferUpdateAsync(_workspace.Id, _id, First, Now + Lease, 3, nextTry, default));

        Assert.Equal([Second], (await ListAsync(Now)).Select(c => c.Message));
        Assert.Equal([Second, First], (await ListAsync(nextTry)).Select(c => c.Message));
        Assert.Null(await ClaimCopyAsync(First, 1, Now, dueOnly: true));
        Assert.Equal(3, await ClaimCopyAsync(First, 1, nextTry, dueOnly: true));
    }

    [StorageFact]
    public async Task ClaimUpdateAsync_ForTheTurn_DoesNotWaitForTheNextTry()
    {
        await AddCopyAsync(First, shown: 0);
        await WriteAsync(uow => uow.ApprovalCopies.MarkOutdatedAsync(_workspace.Id, _id, 1, default));
        await ClaimCopyAsync(First, 1, Now);
        await WriteAsync(uow => uow.ApprovalCopies.DeferUpdateAsync(_workspace.Id, _id, First, Now + Lease, 1, Now + TimeSpan.FromHours(1), default));

        Assert.Equal(1, await ClaimCopyAsync(First, 1, Now));
    }

    [StorageFact]
    public async Task NextDueAsync_IsWhenTheFirstCopyBehindCanBeTriedAgain()
    {
        await AddCopyAsync(First, shown: 0);
        await AddCopyAsync(Second, shown: 0);
        await WriteAsync(uow => uow.ApprovalCopies.MarkOutdatedAsync(_workspace.Id, _id, 1, default));
        await ClaimCopyAsync(First, 1, Now);
        await ClaimCopyAsync(Second, 1, Now);
        await WriteAsync(uow => uow.ApprovalCopies.DeferUpdateAsync(_workspace.Id, _id, Second, Now + Lease, 2, Now + TimeSpan.FromMinutes(2), default));

        var both = await NextDueAsync(Now);
        var claimOnly = await NextDueAsync(Now + TimeSpan.FromMinutes(2));
        var none = await NextDueAsync(Now + Lease);

        Assert.Equal((Now + TimeSpan.FromMinutes(2), Now + Lease, null), (both, claimOnly, none));
    }

    [StorageFact]
    public async Task ACopyPostedShowingAnOlderVersion_IsBehindAtOnce()
    {
        await _database.WriteValueAsync(uow => uow.Approvals.RecordDecisionAsync(
            _workspace.Id, _id, new ApprovalDecision(_workspace.Member.Id, true, null, Now), ApprovalStatus.Approved, default));

        await AddCopyAsync(First, shown: 0);
        await AddCopyAsync(Second, shown: 1);

        Assert.Equal([First], (await OutdatedAsync()).Select(c => c.Message));
    }

    [StorageFact]
    public async Task GiveUpAsync_DropsTheCopy_FromTheOutdatedAndFromTheCopiesToUpdate()
    {
        await AddCopyAsync(First, shown: 0);
        await AddCopyAsync(Second, shown: 0);
        await WriteAsync(uow => uow.ApprovalCopies.MarkOutdatedAsync(_workspace.Id, _id, 1, default));

        await WriteAsync(uow => uow.ApprovalCopies.GiveUpAsync(_workspace.Id, _id, First, Now, default));

        Assert.Equal([Second], (await OutdatedAsync()).Select(c => c.Message));
        Assert.Equal([Second], await _database.ReadAsync(uow => uow.Approvals.ListMessagesAsync(_workspace.Id, _id, default)));
    }

    [StorageFact]
    public async Task ClaimNoticeAsync_IsTrueOnce_TakesOverAStaleClaim_AndStopsAtTheMostClaims()
    {
        await WriteAsync(uow => uow.ApprovalCopies.AddNoticeAsync(_workspace.Id, _id, Notice, Now, default));
        await WriteAsync(uow => uow.ApprovalCopies.AddNoticeAsync(_workspace.Id, _id, Notice with { Text = "again" }, Now, default));

        var first = await ClaimAsync(Now);
        var tooEarly = await ClaimAsync(Now + TimeSpan.FromMinutes(4));
        var takeOver = await ClaimAsync(Now + TimeSpan.FromMinutes(6));
        var overMax = await ClaimAsync(Now + TimeSpan.FromMinutes(12));
        var due = await DueAsync(Now + TimeSpan.FromMinutes(12));

        Assert.Equal((true, false, true, false), (first, tooEarly, takeOver, overMax));
        var open = Assert.Single(due);
        Assert.Equal((Notice, Now + TimeSpan.FromMinutes(6), 2), (open.Notice, open.ClaimedAt, open.Claims));
    }

    [StorageFact]
    public async Task ReleaseNoticeAsync_MakesItDueAtOnce_AndCompleteNoticeAsync_EndsIt()
    {
        await WriteAsync(uow => uow.ApprovalCopies.AddNoticeAsync(_workspace.Id, _id, Notice, Now, default));
        await ClaimAsync(Now);

        var whileClaimed = await DueAsync(Now);
        await WriteAsync(uow => uow.ApprovalCopies.ReleaseNoticeAsync(_workspace.Id, _id, Now, default));
        var released = await DueAsync(Now);
        await ClaimAsync(Now + TimeSpan.FromSeconds(1));
        var byAnOldClaim = await _database.WriteValueAsync(uow => uow.ApprovalCopies.CompleteNoticeAsync(_workspace.Id, _id, Now, "Delivered", Now, default));
        var byItsClaim = await _database.WriteValueAsync(uow => uow.ApprovalCopies.CompleteNoticeAsync(
            _workspace.Id, _id, Now + TimeSpan.FromSeconds(1), "Delivered", Now, default));

        Assert.Empty(whileClaimed);
        Assert.Null(Assert.Single(released).ClaimedAt);
        Assert.Equal((false, true), (byAnOldClaim, byItsClaim));
        Assert.Empty(await DueAsync(Now + TimeSpan.FromHours(1)));
        Assert.False(await ClaimAsync(Now + TimeSpan.FromHours(1)));
    }

    [StorageFact]
    public async Task AbandonNoticeAsync_ClosesOnlyANoticeClaimedTheMostTimes_OnceItsClaimIsStale()
    {
        await WriteAsync(uow => uow.ApprovalCopies.AddNoticeAsync(_workspace.Id, _id, Notice, Now, default));
        await ClaimAsync(Now);

        var afterOne = await AbandonAsync(Now + TimeSpan.FromMinutes(6));
        await ClaimAsync(Now + TimeSpan.FromMinutes(6));
        var whileLive = await AbandonAsync(Now + TimeSpan.FromMinutes(7));
        var stale = await AbandonAsync(Now + TimeSpan.FromMinutes(12));

        Assert.Equal((false, false, true), (afterOne, whileLive, stale));
        Assert.Empty(await DueAsync(Now + TimeSpan.FromHours(1)));
    }

    private Task<int> WriteAsync(Func<Application.Abstractions.IUnitOfWork, Task> work) =>
        _database.WriteValueAsync(async uow => { await work(uow); return 0; });

    private Task<int> AddCopyAsync(PostedMessage message, int shown) =>
        WriteAsync(uow => uow.Approvals.AddMessageAsync(_workspace.Id, _id, message, shown, default));

    private Task<IReadOnlyList<OutdatedApprovalCopy>> OutdatedAsync() => ListAsync(DateTimeOffset.MaxValue);

    private Task<IReadOnlyList<OutdatedApprovalCopy>> ListAsync(DateTimeOffset now) => _database.ReadAsync(uow => uow.ApprovalCopies.ListOutdatedAsync(now, 10, default));

    private Task<DateTimeOffset?> NextDueAsync(DateTimeOffset now) => _database.ReadAsync(uow => uow.ApprovalCopies.NextDueAsync(now, default));

    /// <summary>Claims the copy's update to <paramref name="version"/> at <paramref name="now"/> for the 5-minute lease.</summary>
    private Task<int?> ClaimCopyAsync(PostedMessage message, int version, DateTimeOffset now, bool dueOnly = false) =>
        _database.WriteValueAsync(uow => uow.ApprovalCopies.ClaimUpdateAsync(_workspace.Id, _id, message, version, now, now + Lease, dueOnly, default));

    /// <summary>An update that went through: claimed, then recorded by its claim.</summary>
    private async Task UpdateAsync(PostedMessage message, int version, DateTimeOffset now)
    {
        Assert.NotNull(await ClaimCopyAsync(message, version, now));
        await WriteAsync(uow => uow.ApprovalCopies.RecordShownAsync(_workspace.Id, _id, message, version, now + Lease, default));
    }

    private Task<IReadOnlyList<OpenApprovalNotice>> DueAsync(DateTimeOffset now) =>
        _database.ReadAsync(uow => uow.ApprovalCopies.ListDueNoticesAsync(now - Lease, 10, default));

    /// <summary>Claims as the ledger does, with a 5-minute lease and at most two claims (the ledger allows three).</summary>
    private Task<bool> ClaimAsync(DateTimeOffset now) =>
        _database.WriteValueAsync(uow => uow.ApprovalCopies.ClaimNoticeAsync(_workspace.Id, _id, now, now - Lease, 2, default));

    private Task<bool> AbandonAsync(DateTimeOffset now) =>
        _database.WriteValueAsync(uow => uow.ApprovalCopies.AbandonNoticeAsync(_workspace.Id, _id, now - Lease, 2, "Abandoned", now, default));
}
