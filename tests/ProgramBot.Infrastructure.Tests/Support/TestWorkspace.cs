using ProgramBot.Domain.Common;
using ProgramBot.Domain.Projects;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Infrastructure.Tests.Support;

/// <summary>A workspace with one member and one project, as most repository tests need.</summary>
public sealed record TestWorkspace(Workspace Workspace, Member Member, Project Project)
{
    public long Id => Workspace.Id;

    public static async Task<TestWorkspace> CreateAsync(
        ITestDatabase database, string externalId = "tenant-a", string projectKey = "WEB")
    {
        ArgumentNullException.ThrowIfNull(database);
        var now = database.Time.GetUtcNow();
        var result = await database.Store.WriteAsync<TestWorkspace>(
            async (uow, ct) =>
            {
                var workspace = await uow.Workspaces.GetOrAddAsync(externalId, "Europe/Berlin", now, ct);
                var member = await uow.Members.UpsertAsync(workspace.Id, $"{externalId}-alice", "Alice Smith", null, now, ct);
                var key = EntityKey.Parse(projectKey, "project").Value;
                var project = Project.Create(workspace.Id, key, "Website", null, member.Id, null, null, now).Value;
                project = await uow.Projects.AddAsync(project, ct);
                return new TestWorkspace(workspace, member, project);
            },
            CancellationToken.None);
        return result.Value;
    }
}
