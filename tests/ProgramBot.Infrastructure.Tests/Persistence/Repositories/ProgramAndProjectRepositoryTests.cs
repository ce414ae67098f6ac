using ProgramBot.Domain.Common;
using ProgramBot.Domain.Programs;
using ProgramBot.Domain.Projects;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence.Repositories;

/// <summary>Written once; each provider's class inherits it (see Persistence/Providers).</summary>
public abstract class ProgramAndProjectRepositoryTests : IAsyncLifetime
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
    public async Task AddAsync_StoresProgram_WhenFoundByKeyAndId()
    {
        var program = Program.Create(_workspace.Id, Key("APOLLO"), "Apollo", "Land on the moon", _workspace.Member.Id, Now).Value;

        var added = await _database.WriteValueAsync(uow => uow.Programs.AddAsync(program, default));

        Assert.True(added.Id > 0);
        Assert.Equal(added, await _database.ReadAsync(uow => uow.Programs.FindByKeyAsync(_workspace.Id, Key("APOLLO"), default)));
        Assert.Equal(added, await _database.ReadAsync(uow => uow.Programs.FindByIdAsync(_workspace.Id, added.Id, default)));
    }

    [StorageFact]
    public async Task ListAsync_ReturnsProgramsByKey_WhenSeveralExist()
    {
        await _database.WriteValueAsync(uow => uow.Programs.AddAsync(Program.Create(_workspace.Id, Key("ZETA"), "Zeta", null, null, Now).Value, default));
        await _database.WriteValueAsync(uow => uow.Programs.AddAsync(Program.Create(_workspace.Id, Key("ALPHA"), "Alpha", null, null, Now).Value, default));

        var programs = await _database.ReadAsync(uow => uow.Programs.ListAsync(_workspace.Id, default));

        Assert.Equal(["ALPHA", "ZETA"], programs.Select(program => program.Key.Value));
    }

    [StorageFact]
    public async Task AddAsync_StoresProjectWithDatesAndProgram_WhenGiven()
    {
        var program = await _database.WriteValueAsync(uow => uow.Programs.AddAsync(
            Program.Create(_workspace.Id, Key("APOLLO"), "Apollo", null, null, Now).Value, default));
        var project = Project.Create(
            _workspace.Id, Key("API"), "Public API", program.Id, _workspace.Member.Id,
            new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), Now).Value;

        var added = await _database.WriteValueAsync(uow => uow.Projects.AddAsync(project, default));

        Assert.Equal(added, await _database.ReadAsync(uow => uow.Projects.FindByKeyAsync(_workspace.Id, Key("API"), default)));
        Assert.Equal(added, await _database.ReadAsync(uow => uow.Projects.FindByIdAsync(_workspace.Id, added.Id, default)));
        Assert.Equal("2026-06-30", await _database.ScalarAsync<string>("SELECT target_end FROM projects WHERE key = 'API'"));
    }

    [StorageFact]
    public async Task ListAsync_ReturnsProjectsByKey_WhenSeveralExist()
    {
        await _database.WriteValueAsync(uow => uow.Projects.AddAsync(Project.Create(_workspace.Id, Key("APP"), "App", null, null, null, null, Now).Value, default));

        var projects = await _database.ReadAsync(uow => uow.Projects.ListAsync(_workspace.Id, default));

        Assert.Equal(["APP", "WEB"], projects.Select(project => project.Key.Value));
    }

    [StorageFact]
    public async Task FindByKeyAsync_ReturnsNull_WhenKeyIsUnknown()
    {
        Assert.Null(await _database.ReadAsync(uow => uow.Projects.FindByKeyAsync(_workspace.Id, Key("NOPE"), default)));
        Assert.Null(await _database.ReadAsync(uow => uow.Programs.FindByKeyAsync(_workspace.Id, Key("NOPE"), default)));
    }

    [StorageFact]
    public async Task TakeNextTaskNumberAsync_CountsFromOne_WhenCalledRepeatedly()
    {
        var numbers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add(await _database.WriteValueAsync(uow => uow.Projects.TakeNextTaskNumberAsync(_workspace.Id, _workspace.Project.Id, default)));
        }

        Assert.Equal([1, 2, 3], numbers);
    }

    [StorageFact]
    public async Task TakeNextTaskNumberAsync_Throws_WhenProjectBelongsToAnotherWorkspace()
    {
        var other = await TestWorkspace.CreateAsync(_database, "tenant-b", "OPS");

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _database.WriteValueAsync(uow => uow.Projects.TakeNextTaskNumberAsync(_workspace.Id, other.Project.Id, default)));
    }

    private static EntityKey Key(string text) => EntityKey.Parse(text, "test").Value;
}
