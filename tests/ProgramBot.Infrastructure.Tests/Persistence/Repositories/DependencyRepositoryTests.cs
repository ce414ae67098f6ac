using ProgramBot.Domain.Dependencies;
using ProgramBot.Domain.Digests;
using ProgramBot.Domain.WorkItems;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class DependencyRepositoryTests : IAsyncLifetime
{
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
    public async Task ReadGraph_ReturnsEachLinkAndEachLinkedTaskOnce()
    {
        var first = await New().WithDueDate(Today).AddAsync(_database);
        var second = await New().WithTitle("second").WithAssignee(_workspace.Member.Id).AddAsync(_database);
        var third = await New().WithStatus(WorkItemStatus.Done).AddAsync(_database);
        await New().AddAsync(_database);
        await LinkAsync(first, second);
        await LinkAsync(first, third);
        await _database.WriteValueAsync(uow => uow.Dependencies.SetEstimateAsync(_workspace.Id, Ref(second), 2.5m, CancellationToken.None));

        var graph = await _database.ReadAsync(uow => uow.Dependencies.ReadGraphAsync(_workspace.Id, CancellationToken.None));

        Assert.Equal(2, graph.Edges.Count);
        Assert.Equal(3, graph.Tasks.Count);
        var read = graph.Tasks.Single(t => t.Ref == Ref(second));
        Assert.Equal(("second", _workspace.Member.Id, 2.5m), (read.Title, read.AssigneeId, read.Estimate));
        Assert.Equal((Today, WorkItemStatus.Done), (graph.Tasks.Single(t => t.Ref == Ref(first)).Due, graph.Tasks.Single(t => t.Ref == Ref(third)).Status));
    }

    [StorageFact]
    public async Task AddAndRemove_SayWhetherAnythingChanged()
    {
        var (first, second) = (await New().AddAsync(_database), await New().AddAsync(_database));

        var added = await LinkAsync(first, second);
        var again = await LinkAsync(first, second);
        var removed = await _database.WriteValueAsync(uow => uow.Dependencies.RemoveAsync(_workspace.Id, Edge(first, second), CancellationToken.None));
        var links = await _database.ReadAsync(uow => uow.Dependencies.ListLinksAsync(_workspace.Id, Ref(second), CancellationToken.None));

        Assert.Equal((true, false, true), (added, again, removed));
        Assert.Empty(links);
    }

    [StorageFact]
    public async Task LatestDueByProject_TakesTheLatestOpenDate_AcrossOpenStatuses()
    {
        await New().WithDueDate(Today.AddDays(3)).AddAsync(_database);
        await New().WithDueDate(Today.AddDays(9)).WithStatus(WorkItemStatus.Blocked, "waiting").AddAsync(_database);
        await New().WithDueDate(Today.AddDays(30)).WithStatus(WorkItemStatus.Done).AddAsync(_database);
        await New().AddAsync(_database);

        var latest = await _database.ReadAsync(uow => uow.Dependencies.LatestDueByProjectAsync(_workspace.Id, [_workspace.Project.Id, 999], CancellationToken.None));

        Assert.Equal(Today.AddDays(9), Assert.Single(latest).Value);
    }

    [StorageFact]
    public async Task Audience_FindsBoundChannelsAndPersonalChats_OfThisWorkspaceOnly()
    {
        await _database.WriteValueAsync(async uow =>
        {
            foreach (var conversation in new[] { "19:channel", "a:personal", "a:other" })
            {
                await uow.ConversationAddresses.UpsertAsync(
                    new ConversationAddress(_workspace.Id, conversation, "msteams", "https://smba/", "t", "28:bot", null), _database.Time.GetUtcNow(), CancellationToken.None);
            }

            await uow.ChannelBindings.BindAsync(_workspace.Id, "19:channel", _workspace.Project.Id, _workspace.Member.Id, _database.Time.GetUtcNow(), CancellationToken.None);
            return 0;
        });
        await _database.ScalarAsync<long>($"UPDATE conversation_addresses SET member_id = {_workspace.Member.Id}, conversation_type = 'personal' WHERE conversation_id = 'a:personal'");
        var other = await TestWorkspace.CreateAsync(_database, "tenant-b", "OPS");

        var audience = await _database.ReadAsync(uow => uow.Slips.ListAudienceAsync(_workspace.Id, [_workspace.Project.Id], [_workspace.Member.Id], CancellationToken.None));
        var none = await _database.ReadAsync(uow => uow.Slips.ListAudienceAsync(other.Id, [_workspace.Project.Id], [_workspace.Member.Id], CancellationToken.None));

        Assert.Equal(
            [("19:channel", (long?)_workspace.Project.Id, (long?)null), ("a:personal", null, _workspace.Member.Id)],
            audience.Select(a => (a.Address.ConversationId, a.ProjectId, a.MemberId)).OrderBy(a => a.ConversationId));
        Assert.Empty(none);
    }

    [StorageFact]
    public async Task RecentCrossProject_ListsSummariesNewestFirst_WithTheirProjects()
    {
        var now = _database.Time.GetUtcNow();
        await _database.WriteValueAsync(uow => uow.Slips.RecordAsync(_workspace.Id, new("old", [1, 2]), true, "{}", now.AddDays(-20), CancellationToken.None));
        await _database.WriteValueAsync(uow => uow.Slips.RecordAsync(_workspace.Id, new("inside", [3]), false, "{}", now, CancellationToken.None));
        await _database.WriteValueAsync(uow => uow.Slips.RecordAsync(_workspace.Id, new("first", [1, 2]), true, "{}", now.AddDays(-1), CancellationToken.None));
        await _database.WriteValueAsync(uow => uow.Slips.RecordAsync(_workspace.Id, new("second", [2, 5]), true, "{}", now, CancellationToken.None));

        var recent = await _database.ReadAsync(uow => uow.Slips.ListRecentCrossProjectAsync(_workspace.Id, now.AddDays(-14), 10, CancellationToken.None));

        Assert.Equal(["second: 2,5", "first: 1,2"], recent.Select(r => $"{r.Summary}: {string.Join(',', r.ProjectIds)}"));
    }

    private WorkItemBuilder New() => new(_workspace, _database.Time.GetUtcNow());

    private static TaskRef Ref(WorkItem item) => new(item.ProjectId, item.Id.Number);

    private static DependencyEdge Edge(WorkItem predecessor, WorkItem successor) => new(Ref(predecessor), Ref(successor));

    private Task<bool> LinkAsync(WorkItem predecessor, WorkItem successor) => _database.WriteValueAsync(
        uow => uow.Dependencies.AddAsync(_workspace.Id, Edge(predecessor, successor), _workspace.Member.Id, _database.Time.GetUtcNow(), CancellationToken.None));
}
