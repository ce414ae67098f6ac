using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Digests;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Digests;
using ProgramBot.Domain.Progress;
using ProgramBot.Domain.Projects;
using ProgramBot.Domain.Risks;
using ProgramBot.Domain.WorkItems;
using ProgramBot.Infrastructure.Diagnostics;
using ProgramBot.Infrastructure.Persistence;
using ProgramBot.Infrastructure.Tests.Support;
using SQLitePCL;
using Xunit.Abstractions;

namespace ProgramBot.Infrastructure.Tests.Digests;

/// <summary>
/// Counts the SQL statements SQLite itself runs while a digest is built (its trace hook on the
/// connection), so the figure covers every repository call whatever it does.
/// </summary>
public sealed class DigestQueryCountTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private SqliteTestDatabase _database = null!;
    private TestWorkspace _workspace = null!;
    private int _projects;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateMigratedAsync();
        _workspace = await TestWorkspace.CreateAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Build_RunsTheSameNumberOfQueries_ForThreeProjectsAndForFifty()
    {
        await AddProjectsAsync(3);
        var (few, fewLines) = await CountQueriesAsync();
        await AddProjectsAsync(47);
        var (many, manyLines) = await CountQueriesAsync();

        output.WriteLine($"{few} statements for 3 projects, {many} for 50");
        Assert.Equal((4, 51), (fewLines, manyLines));
        Assert.Equal(few, many);
        Assert.InRange(many, 1, 20);
    }

    private async Task<(int Queries, int Lines)> CountQueriesAsync()
    {
        var subscription = new DigestSubscription(
            _workspace.Id, 1, "19:channel", DigestScope.Workspace, new ScheduleSpec("daily", null, null, new TimeOnly(9, 0), "Europe/Berlin"),
            _workspace.Member.Id, SqliteTestDatabase.Start.AddDays(-30), SqliteTestDatabase.Start.AddDays(-7), null, null);
        await using var connection = new SqliteConnection($"Data Source={_database.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        var queries = 0;
        raw.sqlite3_trace(connection.Handle, (strdelegate_trace)((_, _) => queries++), null);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var (view, _) = await DigestBuilder.BuildAsync(new UnitOfWork(new DbSession(connection, transaction, _database.Services.GetRequiredService<ISqlDialect>(), _database.Services.GetRequiredService<StorageMetrics>())), subscription, SqliteTestDatabase.Start, Today, default);
        return (queries, view.Projects.Count);
    }

    /// <summary>Projects with two overdue tasks, two blocked ones, a report and an escalated risk each, so every section has rows.</summary>
    private async Task AddProjectsAsync(int count)
    {
        var now = SqliteTestDatabase.Start;
        await _database.WriteValueAsync(async uow =>
        {
            for (var i = 0; i < count; i++)
            {
                var number = ++_projects;
                var key = EntityKey.Parse($"P{number}", "project").Value;
                var project = await uow.Projects.AddAsync(Project.Create(_workspace.Id, key, $"Project {number}", null, _workspace.Member.Id, null, null, now).Value, default);
                var tasks = new WorkItemBuilder(_workspace, now).InProject(project.Id, key.Value);

                // Two of each, so even three projects fill every list and it must be counted beyond its first rows.
                await uow.WorkItems.AddAsync(tasks.WithAssignee(_workspace.Member.Id).WithDueDate(Today.AddDays(-1)).Build(1), default);
                await uow.WorkItems.AddAsync(tasks.Build(2), default);
                await uow.WorkItems.AddAsync(tasks.WithStatus(WorkItemStatus.Blocked, "vendor").Build(3), default);
                await uow.WorkItems.AddAsync(tasks.Build(4), default);
                await uow.Progress.AddAsync(new ProgressReport(_workspace.Id, project.Id, null, _workspace.Member.Id, now.AddDays(-1), 40, Rag.Amber, null, null, null, null), default);
                var draft = new RiskDraft("Vendor slips", project.Id, null, 5, 4, _workspace.Member.Id, null, null);
                var risk = Risk.Create(draft, _workspace.Id, new RiskId(number), _workspace.Member.Id, Today, now).Value;
                await uow.Risks.AddAsync(risk, default);
                await uow.Risks.AddEscalationAsync(_workspace.Id, risk.Id, risk.Score, _workspace.Member.Id, now, default);
            }

            return 0;
        });
    }
}
