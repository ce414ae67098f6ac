using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Persistence;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>The Slack inbox table's contract, written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class SlackInboxStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private ITestDatabase _database = null!;
    private ISlackInboxStore _store = null!;

    private DateTimeOffset Now => _database.Time.GetUtcNow();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _store = _database.Services.GetRequiredService<ISlackInboxStore>();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>Returns a migrated, empty database of the provider under test.</summary>
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task AddAsync_StoresOnce_WhenTheSameEventArrivesTwice()
    {
        var first = await AddAsync("Ev1");
        var retry = await AddAsync("Ev1");

        Assert.Equal(InboxAddOutcome.Stored, first);
        Assert.Equal(InboxAddOutcome.Duplicate, retry);
        Assert.Equal(1, await _store.CountPendingAsync(default));
    }

    [StorageFact]
    public async Task AddAsync_StoresBoth_WhenTwoTeamsUseTheSameKey()
    {
        Assert.Equal(InboxAddOutcome.Stored, await AddAsync("Ev1", "T0001"));
        Assert.Equal(InboxAddOutcome.Stored, await AddAsync("Ev1", "T0002"));

        Assert.Equal(2, await _store.CountPendingAsync(default));
    }

    [StorageFact]
    public async Task AddAsync_RefusesAsFull_WhenCapacityRequestsArePending_UntilOneIsDone()
    {
        await AddAsync("a", capacity: 2);
        await AddAsync("b", capacity: 2);

        var full = await AddAsync("c", capacity: 2);
        await _store.CompleteAsync((await ClaimAsync())!, "Done", Now, default);
        var afterOne = await AddAsync("c", capacity: 2);

        Assert.Equal(InboxAddOutcome.Full, full);
        Assert.Equal(InboxAddOutcome.Stored, afterOne);
    }

    [StorageFact]
    public async Task ClaimNextAsync_GivesTheOldestFirst_AndNothingWhileEveryOneIsLeased()
    {
        await AddAsync("first", payload: """{"text":"one"}""");
        _database.Time.Advance(TimeSpan.FromSeconds(1));
        await AddAsync("second");

        var first = await ClaimAsync();
        var second = await ClaimAsync();
        var none = await ClaimAsync();

        Assert.Equal(new InboxRequest("T0001", "Event", "first", """{"text":"one"}""", Now.AddSeconds(-1)), first!.Request);
        Assert.Equal((1, 1), (first.Attempts, first.Run));
        Assert.Equal("second", second!.Request.Key);
        Assert.Null(none);
    }

    [StorageFact]
    public async Task ClaimNextAsync_TakesTheRequestOver_OnceItsLeaseRanOut()
    {
        await AddAsync("Ev1");
        var dead = await ClaimAsync();

        _database.Time.Advance(Lease - TimeSpan.FromSeconds(1));
        var tooEarly = await ClaimAsync();
        _database.Time.Advance(TimeSpan.FromSeconds(1));
        var takenOver = await ClaimAsync();

        Assert.Null(tooEarly);
        Assert.Equal(dead!.Id, takenOver!.Id);
        Assert.Equal(2, takenOver.Attempts);
        Assert.NotEqual(dead.Claim, takenOver.Claim);
    }

    [StorageFact]
    public async Task ReleaseAsync_MakesTheRequestAvailableAgainAtTheGivenTime_ButNotForAClaimTakenOver()
    {
        await AddAsync("Ev1");
        var claimed = await ClaimAsync();
        await _store.ReleaseAsync(claimed!, Now.AddSeconds(30), default);
        var beforeRetry = await ClaimAsync();
        _database.Time.Advance(TimeSpan.FromSeconds(30));
        var retried = await ClaimAsync();

        await _store.ReleaseAsync(claimed!, Now, default);

        Assert.Null(beforeRetry);
        Assert.Equal(2, retried!.Attempts);
        Assert.Null(await ClaimAsync());
        Assert.Equal(Now + Lease, await _store.NextAvailableAsync(default));
    }

    [StorageFact]
    public async Task GiveBackAsync_MakesTheRequestAvailableAtOnce_WithoutUsingAnAttempt_ButCountsTheRun()
    {
        await AddAsync("Ev1");
        var stopped = await ClaimAsync();
        await _store.GiveBackAsync(stopped!, Now, default);

        var next = await ClaimAsync();

        Assert.Equal(stopped!.Id, next!.Id);
        Assert.Equal((1, 2), (next.Attempts, next.Run));
    }

    [StorageFact]
    public async Task GiveBackAsync_UsesAnAttempt_OnceTheFreeStopsAreSpent()
    {
        await AddAsync("Ev1");
        for (var stop = 0; stop < SlackInboxStore.FreeStops + 1; stop++)
        {
            await _store.GiveBackAsync((await ClaimAsync())!, Now, default);
        }

        var next = await ClaimAsync();

        // Six runs given back, five of them free: this is the eighth run and its second counted attempt.
        Assert.Equal((2, SlackInboxStore.FreeStops + 3), (next!.Attempts, next.Run));
    }

    [StorageFact]
    public async Task CompleteAsync_DoesNotEndTheRequest_WhenAnotherWorkerTookItOverAfterTheLease()
    {
        await AddAsync("Ev1");
        var stale = (await ClaimAsync())!;
        _database.Time.Advance(Lease);
        var takenOver = (await ClaimAsync())!;

        var staleEnded = await _store.CompleteAsync(stale, "Done", Now, default);
        var claimAfter = await _database.ScalarAsync<string>("SELECT claimed_by FROM slack_inbox WHERE id = " + stale.Id);
        var pendingAfter = await _store.CountPendingAsync(default);
        var ownerEnded = await _store.CompleteAsync(takenOver, "Done", Now, default);

        Assert.False(staleEnded);
        Assert.Equal((takenOver.Claim, 1), (claimAfter, pendingAfter));
        Assert.True(ownerEnded);
        Assert.Equal(0, await _store.CountPendingAsync(default));
    }

    [StorageFact]
    public async Task CompleteAsync_EndsTheRequest_WhichStillCountsAsADuplicateUntilPurged()
    {
        await AddAsync("Ev1");
        var claimed = (await ClaimAsync())!;
        var ended = await _store.CompleteAsync(claimed, "Done", Now, default);
        var endedAgain = await _store.CompleteAsync(claimed, "Done again", Now, default);
        var outcome = await _database.ScalarAsync<string>("SELECT outcome FROM slack_inbox WHERE id = " + claimed.Id);

        var retried = await AddAsync("Ev1");
        _database.Time.Advance(TimeSpan.FromHours(1));
        var purged = await _store.PurgeAsync(Now.AddMinutes(-59), default);
        var afterPurge = await AddAsync("Ev1");

        Assert.Equal((true, false), (ended, endedAgain));
        Assert.Equal(InboxAddOutcome.Duplicate, retried);
        Assert.Equal(1, purged);
        Assert.Equal(InboxAddOutcome.Stored, afterPurge);
        Assert.Equal("Done", outcome);
    }

    [StorageFact]
    public async Task PurgeAsync_KeepsPendingAndRecentlyDoneRequests()
    {
        await AddAsync("pending");
        await AddAsync("done");
        var done = (await ClaimAsync())!;
        await _store.CompleteAsync(done, "Done", Now, default);

        var purged = await _store.PurgeAsync(Now.AddMinutes(-1), default);

        Assert.Equal(0, purged);
        Assert.Equal(2L, await _database.ScalarAsync<long>("SELECT COUNT(*) FROM slack_inbox"));
    }

    [StorageFact]
    public async Task NextAvailableAsync_IsTheEarliestPendingTime_OrNullWhenNothingIsPending()
    {
        var empty = await _store.NextAvailableAsync(default);
        await AddAsync("Ev1");
        await ClaimAsync();
        _database.Time.Advance(TimeSpan.FromMinutes(1));
        await AddAsync("Ev2");

        Assert.Null(empty);
        Assert.Equal(Now, await _store.NextAvailableAsync(default));
    }

    [StorageFact]
    public async Task ClaimNextAsync_NeverGivesOneRequestToTwoClaimers_WhenTheyRace()
    {
        for (var i = 0; i < 12; i++)
        {
            await AddAsync("Ev" + i);
        }

        var claimers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (await ClaimAsync() is { } claimed)
            {
                mine.Add(claimed.Id);
            }

            return mine;
        }));
        var claimed = (await Task.WhenAll(claimers)).SelectMany(ids => ids).ToList();

        Assert.Equal(12, claimed.Count);
        Assert.Equal(12, claimed.Distinct().Count());
    }

    private Task<InboxAddOutcome> AddAsync(string key, string team = "T0001", int capacity = 100, string payload = "{}") =>
        _store.AddAsync(new InboxRequest(team, "Event", key, payload, Now), capacity, default);

    private Task<ClaimedInboxRequest?> ClaimAsync() => _store.ClaimNextAsync(Now, Now + Lease, default);
}
