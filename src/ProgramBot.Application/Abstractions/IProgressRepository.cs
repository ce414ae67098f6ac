using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Abstractions;

public interface IProgressRepository
{
    Task AddAsync(ProgressReport report, CancellationToken cancellationToken);

    /// <summary>The newest project-level report (not a task report) of the project, if any.</summary>
    Task<ProgressReport?> LatestForProjectAsync(long workspaceId, long projectId, CancellationToken cancellationToken);
}
