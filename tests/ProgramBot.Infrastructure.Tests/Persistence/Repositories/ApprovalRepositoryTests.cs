using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Approvals;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class ApprovalRepositoryTests : IAsyncLifetime
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
    public async Task AddAndFind_RoundTripsApproversInOrder()
    {
        var request = await AddAsync(ApprovalPolicy.All);

        var found = await _database.ReadAsync(uow => uow.Approvals.FindAsync(_workspace.Id, request.Id, default));

        Assert.Equal([_workspace.Member.Id], found!.ApproverIds);
        Assert.Equal((ApprovalStatus.Pending, ApprovalPolicy.All, "Move launch"), (found.Status, found.Policy, found.Subject));
    }

    [StorageFact]
    public async Task RecordDecisionAsync_WritesOnce_WhenTheSameDecisionArrivesTwice()
    {
        var request = await AddAsync(ApprovalPolicy.Any);
        var decision = new ApprovalDecision(_workspace.Member.Id, true, "ok", Now);

        var first = await DecideAsync(request.Id, decision, ApprovalStatus.Approved);
        var second = await DecideAsync(request.Id, decision with { Approved = false }, ApprovalStatus.Rejected);
        var found = await _database.ReadAsync(uow => uow.Approvals.FindAsync(_workspace.Id, request.Id, default));

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(ApprovalStatus.Approved, found!.Status);
        Assert.True(Assert.Single(found.Decisions).Approved);
    }

    [StorageFact]
    public async Task ExpireAsync_OnlyExpiresPending()
    {
        var request = await AddAsync(ApprovalPolicy.Any);

        var expired = await _database.WriteValueAsync(uow => uow.Approvals.ExpireAsync(_workspace.Id, request.Id, Now, default));
        var again = await _database.WriteValueAsync(uow => uow.Approvals.ExpireAsync(_workspace.Id, request.Id, Now, default));

        Assert.True(expired);
        Assert.False(again);
    }

    [StorageFact]
    public async Task Messages_AreKeptOnce_AndNotVisibleFromAnotherWorkspace()
    {
        var request = await AddAsync(ApprovalPolicy.Any);
        var message = new PostedMessage("msteams", "https://smba.example/", "19:c@thread", "1700000000000", "tenant-a");
        await _database.WriteValueAsync(async uow => { await uow.Approvals.AddMessageAsync(_workspace.Id, request.Id, message, 0, default); return 0; });
        await _database.WriteValueAsync(async uow => { await uow.Approvals.AddMessageAsync(_workspace.Id, request.Id, message, 0, default); return 0; });
        var other = await TestWorkspace.CreateAsync(_database, "tenant-other");

        var ours = await _database.ReadAsync(uow => uow.Approvals.ListMessagesAsync(_workspace.Id, request.Id, default));
        var theirs = await _database.ReadAsync(uow => uow.Approvals.ListMessagesAsync(other.Id, request.Id, default));

        Assert.Equal([message], ours);
        Assert.Empty(theirs);
    }

    [StorageFact]
    public async Task ListWithTotalAsync_KeepsTheProjectsGiven_OldestFirst_AndCountsBeyondTheLimit()
    {
        var first = await AddAsync(ApprovalPolicy.Any);
        var second = await AddAsync(ApprovalPolicy.Any);
        await AddAsync(ApprovalPolicy.Any);
        await AddAsync(ApprovalPolicy.Any, aboutTheProject: false);

        var (items, total) = await _database.ReadAsync(uow => uow.Approvals.ListWithTotalAsync(
            _workspace.Id, new ApprovalQuery(Limit: 2, ProjectIds: [_workspace.Project.Id], OldestFirst: true), default));
        var none = await _database.ReadAsync(uow => uow.Approvals.ListWithTotalAsync(_workspace.Id, new ApprovalQuery(ProjectIds: []), default));
        var everything = await _database.ReadAsync(uow => uow.Approvals.ListWithTotalAsync(_workspace.Id, new ApprovalQuery(Limit: 1), default));

        Assert.Equal([first.Id, second.Id], items.Select(a => a.Id));
        Assert.Equal(3, total);
        Assert.Equal(0, none.Total);
        Assert.Equal(4, everything.Total);
    }

    private async Task<ApprovalRequest> AddAsync(ApprovalPolicy policy, bool aboutTheProject = true)
    {
        var draft = new ApprovalDraft(ApprovalKind.Schedule, "Move launch", aboutTheProject ? _workspace.Project.Id : null, _workspace.Member.Id, [_workspace.Member.Id], policy, null);
        var number = await _database.WriteValueAsync(uow => uow.Approvals.TakeNextNumberAsync(_workspace.Id, default));
        var request = ApprovalRequest.Create(draft, _workspace.Id, new ApprovalId(number), Today, Now).Value;
        await _database.WriteValueAsync(async uow => { await uow.Approvals.AddAsync(request, default); return 0; });
        return request;
    }

    private Task<bool> DecideAsync(ApprovalId id, ApprovalDecision decision, ApprovalStatus status) =>
        _database.WriteValueAsync(uow => uow.Approvals.RecordDecisionAsync(_workspace.Id, id, decision, status, default));
}
