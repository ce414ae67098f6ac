using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Progress;
using ProgramBot.Domain.Risks;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class RiskAndProgressRepositoryTests : IAsyncLifetime
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
    public async Task TakeNextNumberAsync_CountsPerWorkspace()
    {
        var other = await TestWorkspace.CreateAsync(_database, "tenant-other");

        var numbers = new[]
        {
            await _database.WriteValueAsync(uow => uow.Risks.TakeNextNumberAsync(_workspace.Id, default)),
            await _database.WriteValueAsync(uow => uow.Risks.TakeNextNumberAsync(_workspace.Id, default)),
            await _database.WriteValueAsync(uow => uow.Risks.TakeNextNumberAsync(other.Id, default)),
        };

        Assert.Equal([1, 2, 1], numbers);
    }

    [StorageFact]
    public async Task AddAndFind_RoundTripsEveryField()
    {
        var risk = await AddRiskAsync(1, "Vendor API may slip", 4, 5, "Weekly vendor call");

        var found = await _database.ReadAsync(uow => uow.Risks.FindAsync(_workspace.Id, new RiskId(1), default));

        Assert.NotNull(found);
        Assert.Equal((risk.Title, 4, 5, 20, RiskStatus.Mitigating, "Weekly vendor call"), (found.Title, found.Probability, found.Impact, found.Score, found.Status, found.Mitigation));
        Assert.Equal(_workspace.Project.Id, found.ProjectId);
        Assert.Equal(_workspace.Member.Id, found.OwnerId);
    }

    [StorageFact]
    public async Task ListAsync_OrdersByScoreAndHidesClosed_WhenOpenOnly()
    {
        await AddRiskAsync(1, "Low", 1, 2);
        await AddRiskAsync(2, "High", 4, 4);
        var closed = await AddRiskAsync(3, "Closed", 5, 5);
        closed.Close(RiskStatus.Closed, "gone", Now);
        await _database.WriteValueAsync(async uow => { await uow.Risks.UpdateAsync(closed, default); return 0; });

        var open = await _database.ReadAsync(uow => uow.Risks.ListAsync(_workspace.Id, new RiskQuery(), default));
        var all = await _database.ReadAsync(uow => uow.Risks.ListAsync(_workspace.Id, new RiskQuery(OpenOnly: false), default));
        var count = await _database.ReadAsync(uow => uow.Risks.CountAsync(_workspace.Id, new RiskQuery(_workspace.Project.Id), default));

        Assert.Equal(["High", "Low"], open.Select(r => r.Title));
        Assert.Equal(["Closed", "High", "Low"], all.Select(r => r.Title));
        Assert.Equal(2, count);
    }

    [StorageFact]
    public async Task RiskPolicy_DefaultsAndCanBeChanged()
    {
        var before = await _database.ReadAsync(uow => uow.Workspaces.GetRiskPolicyAsync(_workspace.Id, default));
        await _database.WriteValueAsync(async uow =>
        {
            await uow.Workspaces.SetRiskPolicyAsync(_workspace.Id, new RiskPolicy(4, 8, 12, 12), default);
            return 0;
        });
        var after = await _database.ReadAsync(uow => uow.Workspaces.GetRiskPolicyAsync(_workspace.Id, default));

        Assert.Equal(RiskPolicy.Default, before);
        Assert.Equal(new RiskPolicy(4, 8, 12, 12), after);
    }

    [StorageFact]
    public async Task LatestForProjectsAsync_ReturnsNewestProjectReport_IgnoringTaskReports()
    {
        await AddReportAsync(null, 20, Now);
        await AddReportAsync(null, 40, Now.AddHours(1));
        await AddReportAsync(7, 90, Now.AddHours(2));

        var latest = await _database.ReadAsync(uow => uow.Progress.LatestForProjectsAsync(_workspace.Id, [_workspace.Project.Id, 999], default));

        Assert.Equal(40, latest[_workspace.Project.Id].Percent);
        Assert.False(latest.ContainsKey(999));
    }

    [StorageFact]
    public async Task ListAsync_Within_KeepsTheScopesProjectsAndItsProgramsOwnRisks()
    {
        var program = await _database.WriteValueAsync(uow => uow.Programs.AddAsync(
            Domain.Programs.Program.Create(_workspace.Id, Domain.Common.EntityKey.Parse("APOLLO", "program").Value, "Apollo", null, null, Now).Value, default));
        var otherProgram = await _database.WriteValueAsync(uow => uow.Programs.AddAsync(
            Domain.Programs.Program.Create(_workspace.Id, Domain.Common.EntityKey.Parse("ZEUS", "program").Value, "Zeus", null, null, Now).Value, default));
        await AddRiskAsync(1, "project risk", 2, 2);
        await AddRiskAsync(2, "apollo risk", 5, 5, programId: program.Id);
        await AddRiskAsync(3, "zeus risk", 5, 4, programId: otherProgram.Id);

        var apollo = await ListAsync(new RiskQuery(Within: new RiskScope([_workspace.Project.Id], program.Id)));
        var projectOnly = await ListAsync(new RiskQuery(Within: new RiskScope([_workspace.Project.Id])));
        var nothing = await ListAsync(new RiskQuery(Within: new RiskScope([])));
        var workspace = await ListAsync(new RiskQuery());

        Assert.Equal(["apollo risk", "project risk"], apollo.Select(r => r.Title));
        Assert.Equal(["project risk"], projectOnly.Select(r => r.Title));
        Assert.Empty(nothing);
        Assert.Equal(3, workspace.Count);
    }

    private Task<IReadOnlyList<Risk>> ListAsync(RiskQuery query) => _database.ReadAsync(uow => uow.Risks.ListAsync(_workspace.Id, query, default));

    private async Task<Risk> AddRiskAsync(int number, string title, int probability, int impact, string? mitigation = null, long? programId = null)
    {
        var draft = new RiskDraft(title, programId is null ? _workspace.Project.Id : null, programId, probability, impact, _workspace.Member.Id, mitigation, null);
        var risk = Risk.Create(draft, _workspace.Id, new RiskId(number), _workspace.Member.Id, Today, Now).Value;
        await _database.WriteValueAsync(async uow => { await uow.Risks.AddAsync(risk, default); return 0; });
        return risk;
    }

    private Task<int> AddReportAsync(int? task, int percent, DateTimeOffset at)
    {
        var report = ProgressReport.Create(_workspace.Id, _workspace.Project.Id, task, _workspace.Member.Id, at, percent, Rag.Green, null, "work", null, null).Value;
        return _database.WriteValueAsync(async uow => { await uow.Progress.AddAsync(report, default); return 0; });
    }
}
