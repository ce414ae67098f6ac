using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>The notice outbox and per-conversation claims. Written once; each provider's class inherits it.</summary>
public abstract class NoticeRepositoryTests : IAsyncLifetime
{
    private const string Subject = "slip:7";
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

    private DateTimeOffset Now => _database.Time.GetUtcNow();

    [StorageFact]
    public async Task AddJob_WritesEachJobOnce_AndListsItUnqueued()
    {
        var first = await AddJobAsync("1:7");
        var again = await AddJobAsync("1:7");

        var pending = await _database.ReadAsync(uow => uow.Notices.ListUnqueuedJobsAsync(_workspace.Id, CancellationToken.None));

        Assert.True(first);
        Assert.False(again);
        var job = Assert.Single(pending);
        Assert.Equal(("slip-notice", "1:7", 0, (DateTimeOffset?)null), (job.Kind, job.Argument, job.Queued, job.QueuedAt));
    }

    [StorageFact]
    public async Task MarkQueued_LetsOneCallerQueueEachRound_AndDoneJobsLeaveTheOpenList()
    {
        await AddJobAsync("1:7");
        await AddJobAsync("1:8");
        var job = (await _database.ReadAsync(uow => uow.Notices.ListOpenJobsAsync(CancellationToken.None)))[0];

        var marks = new List<bool>();
        foreach (var queuedBefore in new[] { 0, 0, 1 })
        {
            marks.Add(await _database.WriteValueAsync(uow => uow.Notices.MarkQueuedAsync(job.Id, queuedBefore, Now, CancellationToken.None)));
        }

        await _database.WriteValueAsync(async uow => { await uow.Notices.CompleteJobAsync("slip-notice", "1:8", "told 1 of 1", Now, CancellationToken.None); return true; });
        var open = await _database.ReadAsync(uow => uow.Notices.ListOpenJobsAsync(CancellationToken.None));
        var unqueued = await _database.ReadAsync(uow => uow.Notices.ListUnqueuedJobsAsync(_workspace.Id, CancellationToken.None));

        Assert.Equal([true, false, true], marks);
        var left = Assert.Single(open);
        Assert.Equal(("1:7", 2, Now), (left.Argument, left.Queued, left.QueuedAt));
        Assert.Empty(unqueued);
    }

    [StorageFact]
    public async Task UnmarkQueued_GivesBackOnlyTheCallersOwnQueuing()
    {
        await AddJobAsync("1:7");
        var job = (await _database.ReadAsync(uow => uow.Notices.ListOpenJobsAsync(CancellationToken.None)))[0];
        await _database.WriteValueAsync(uow => uow.Notices.MarkQueuedAsync(job.Id, 0, Now, CancellationToken.None));

        await UnmarkAsync(job.Id, 0, null);
        var givenBack = (await _database.ReadAsync(uow => uow.Notices.ListOpenJobsAsync(CancellationToken.None)))[0];
        await _database.WriteValueAsync(uow => uow.Notices.MarkQueuedAsync(job.Id, 0, Now, CancellationToken.None));
        await _database.WriteValueAsync(uow => uow.Notices.MarkQueuedAsync(job.Id, 1, Now, CancellationToken.None));
        await UnmarkAsync(job.Id, 0, null);
        var someoneElses = (await _database.ReadAsync(uow => uow.Notices.ListOpenJobsAsync(CancellationToken.None)))[0];

        Assert.Equal((0, (DateTimeOffset?)null), (givenBack.Queued, givenBack.QueuedAt));
        Assert.Equal(2, someoneElses.Queued);
    }

    [StorageFact]
    public async Task ClaimDelivery_LetsOneCallerSendPerSubjectAndConversation()
    {
        var claims = new List<bool>();
        foreach (var conversation in new[] { "c1", "c1", "c2" })
        {
            claims.Add(await ClaimAsync(conversation, staleBefore: Now.AddMinutes(-10)));
        }

        Assert.Equal([true, false, true], claims);
    }

    [StorageFact]
    public async Task ClaimDelivery_TakesOverAStaleOpenClaim_OnlyUpToTheMaximum()
    {
        var claimedAt = Now;
        await ClaimAsync("c1", staleBefore: Now.AddMinutes(-10));
        var stillFresh = await ClaimAsync("c1", staleBefore: claimedAt.AddTicks(-1));
        var takenOver = await ClaimAsync("c1", staleBefore: claimedAt);
        var third = await ClaimAsync("c1", staleBefore: Now.AddDays(1));

        var delivery = await FindAsync("c1");

        Assert.Equal((false, true, false), (stillFresh, takenOver, third));
        Assert.Equal((2, (DateTimeOffset?)null), (delivery!.Claims, delivery.CompletedAt));
    }

    [StorageFact]
    public async Task CompleteDelivery_RecordsTheOutcome_AndAStaleClaimIsNotTakenOverOnceCompleted()
    {
        await ClaimAsync("c1", staleBefore: Now.AddMinutes(-10));
        await _database.WriteValueAsync(async uow =>
        {
            await uow.Notices.CompleteDeliveryAsync(_workspace.Id, Subject, "c1", true, "Delivered: ok (1 attempts)", Now, CancellationToken.None);
            return true;
        });

        var again = await ClaimAsync("c1", staleBefore: Now.AddDays(1));
        var delivery = await FindAsync("c1");
        var unknown = await FindAsync("c9");

        Assert.False(again);
        Assert.Equal((true, "Delivered: ok (1 attempts)", (DateTimeOffset?)Now), (delivery!.Delivered, delivery.Outcome, delivery.CompletedAt));
        Assert.Null(unknown);
    }

    private Task<bool> AddJobAsync(string argument) =>
        _database.WriteValueAsync(uow => uow.Notices.AddJobAsync(_workspace.Id, "slip-notice", argument, Now, CancellationToken.None));

    private Task<bool> UnmarkAsync(long id, int queuedBefore, DateTimeOffset? queuedAtBefore) =>
        _database.WriteValueAsync(async uow => { await uow.Notices.UnmarkQueuedAsync(id, queuedBefore, queuedAtBefore, CancellationToken.None); return true; });

    private Task<bool> ClaimAsync(string conversation, DateTimeOffset staleBefore) =>
        _database.WriteValueAsync(uow => uow.Notices.ClaimDeliveryAsync(_workspace.Id, Subject, conversation, Now, staleBefore, 2, CancellationToken.None));

    private Task<NoticeDelivery?> FindAsync(string conversation) =>
        _database.ReadAsync(uow => uow.Notices.FindDeliveryAsync(_workspace.Id, Subject, conversation, CancellationToken.None));
}
