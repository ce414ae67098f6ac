using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Projects;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Risks;

/// <summary>The project or program a risk belongs to: the one named, else the conversation's bound project.</summary>
public sealed record RiskScope(long? ProjectId, long? ProgramId, string Key)
{
    public static async Task<Result<RiskScope>> FindAsync(
        IUnitOfWork uow, EntityKey? project, EntityKey? program, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(context);
        if (program is { } programKey)
        {
            var found = await uow.Programs.FindByKeyAsync(context.WorkspaceId, programKey, ct);
            return found is null
                ? new Error("program.unknown", $"There's no program {programKey} here. Type program list to see them.")
                : new RiskScope(null, found.Id, found.Key.Value);
        }

        var lookup = await ProjectLookup.FindAsync(uow, project, context, ct);
        return lookup.IsSuccess ? new RiskScope(lookup.Value.Id, null, lookup.Value.Key.Value) : lookup.Error!;
    }
}
