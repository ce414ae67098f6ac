using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Projects;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class BindingActivityAndAuditTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SqliteTestDatabase.Start;
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
    public async Task FindProjectIdAsync_ReturnsNull_WhenConversationIsNotBound()
    {
        Assert.Null(await _database.ReadAsync(uow => uow.ChannelBindings.FindProjectIdAsync(_workspace.Id, "19:abc", default)));
    }

    [StorageFact]
    public async Task BindAsync_ReplacesProject_WhenConversationIsBoundAgain()
    {
        var app = await _database.WriteValueAsync(uow => uow.Projects.AddAsync(
            Project.Create(_workspace.Id, EntityKey.Parse("APP", "p").Value, "App", null, null, null, null, Now).Value, default));
        await Bind("19:abc", _workspace.Project.Id);

        await Bind("19:abc", app.Id);

        Assert.Equal(app.Id, await _database.ReadAsync(uow => uow.ChannelBindings.FindProjectIdAsync(_workspace.Id, "19:abc", default)));
    }

    [StorageFact]
    public async Task TryClaimAsync_ReturnsTrueThenFalse_WhenSameActivityArrivesTwice()
    {
        var first = await Claim("msteams/act-1");
        var second = await Claim("msteams/act-1");

        Assert.True(first);
        Assert.False(second);
    }

    [StorageFact]
    public async Task TryClaimAsync_ForgetsClaim_WhenItsTransactionRollsBack()
    {
        await _database.Store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                await uow.ProcessedActivities.TryClaimAsync(_workspace.Id, "act-2", Now, ct);
                return new Error("test", "rolled back");
            },
            default);

        Assert.True(await Claim("act-2"));
    }

    [StorageFact]
    public async Task ListForEntityAsync_ReturnsEntityEventsInTimeOrder_WhenAppended()
    {
        var created = new AuditEvent(_workspace.Id, _workspace.Member.Id, "task", "WEB-1", "created", """{"title":"x"}""", Now);
        var closed = created with { Action = "completed", Details = "{}", At = Now.AddMinutes(5) };
        var other = created with { EntityId = "WEB-2" };
        foreach (var auditEvent in new[] { closed, other, created })
        {
            await _database.WriteValueAsync(async uow => { await uow.Audit.AppendAsync(auditEvent, default); return 0; });
        }

        var events = await _database.ReadAsync(uow => uow.Audit.ListForEntityAsync(_workspace.Id, "task", "WEB-1", default));

        Assert.Equal([created, closed], events);
    }

    private Task<int> Bind(string conversationId, long projectId) => _database.WriteValueAsync(async uow =>
    {
        await uow.ChannelBindings.BindAsync(_workspace.Id, conversationId, projectId, _workspace.Member.Id, Now, default);
        return 0;
    });

    private Task<bool> Claim(string key) =>
        _database.WriteValueAsync(uow => uow.ProcessedActivities.TryClaimAsync(_workspace.Id, key, Now, default));
}
