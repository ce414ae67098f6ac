using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.Projects;

/// <summary>A project: a key such as WEB, a name, an optional program, a manager and dates.</summary>
public sealed record Project(
    long Id,
    long WorkspaceId,
    EntityKey Key,
    string Name,
    long? ProgramId,
    long? ManagerId,
    DateOnly? StartDate,
    DateOnly? TargetEnd,
    ProjectStatus Status,
    DateTimeOffset CreatedAt)
{
    public static Result<Project> Create(
        long workspaceId, EntityKey key, string? name, long? programId, long? managerId,
        DateOnly? startDate, DateOnly? targetEnd, DateTimeOffset now)
    {
        var validName = ProjectName.Validate(name, "project");
        if (!validName.IsSuccess)
        {
            return validName.Error!;
        }

        if (startDate is { } start && targetEnd is { } end && end < start)
        {
            return new Error("project.dates", $"The target end {end:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}.");
        }

        return new Project(0, workspaceId, key, validName.Value, programId, managerId, startDate, targetEnd, ProjectStatus.Active, now);
    }
}
