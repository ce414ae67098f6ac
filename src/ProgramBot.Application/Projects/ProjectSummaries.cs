using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Members;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Projects;

namespace ProgramBot.Application.Projects;

public static class ProjectSummaries
{
    public static async Task<IReadOnlyList<ProjectSummary>> CreateAsync(
        IUnitOfWork uow, long workspaceId, IReadOnlyList<Project> projects, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(projects);
        var managers = await MemberNames.ReadAsync(uow, workspaceId, projects.Select(p => p.ManagerId), ct);
        var programs = projects.Any(p => p.ProgramId is not null)
            ? (await uow.Programs.ListAsync(workspaceId, ct)).ToDictionary(p => p.Id, p => p.Key.Value)
            : [];
        return [.. projects.Select(p => new ProjectSummary(
            p.Key.Value,
            p.Name,
            p.ProgramId is { } programId ? programs.GetValueOrDefault(programId) : null,
            p.ManagerId is { } managerId ? managers.GetValueOrDefault(managerId) : null,
            p.StartDate,
            p.TargetEnd))];
    }
}
