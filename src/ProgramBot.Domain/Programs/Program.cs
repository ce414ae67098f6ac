using ProgramBot.Domain.Common;
using ProgramBot.Domain.Projects;

namespace ProgramBot.Domain.Programs;

/// <summary>A program: several coordinated projects serving one objective.</summary>
public sealed record Program(
    long Id,
    long WorkspaceId,
    EntityKey Key,
    string Name,
    string? Objective,
    long? ManagerId,
    DateTimeOffset CreatedAt)
{
    public const int MaxObjectiveLength = 500;

    public static Result<Program> Create(
        long workspaceId, EntityKey key, string? name, string? objective, long? managerId, DateTimeOffset now)
    {
        var validName = ProjectName.Validate(name, "program");
        if (!validName.IsSuccess)
        {
            return validName.Error!;
        }

        var trimmedObjective = string.IsNullOrWhiteSpace(objective) ? null : objective.Trim();
        if (trimmedObjective is { Length: > MaxObjectiveLength })
        {
            return new Error("program.objective", $"Keep the objective to {MaxObjectiveLength} characters.");
        }

        return new Program(0, workspaceId, key, validName.Value, trimmedObjective, managerId, now);
    }
}
