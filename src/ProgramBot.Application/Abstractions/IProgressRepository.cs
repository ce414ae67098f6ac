using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Abstractions;

public interface IProgressRepository
{
    Task AddAsync(ProgressReport report, CancellationToken cancellationToken);

    /// <summary>The newest project-level report (not a task report) of the project, if any.</summary>
    /// <summary>Reports on any of the projects after <paramref name="since"/>, newest first; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ProgressReport>> ListSinceAsync(
        long workspaceId, IReadOnlyList<long> projectIds, DateTimeOffset since, int limit, CancellationToken cancellationToken);

    Task<ProgressReport?> LatestForProjectAsync(long workspaceId, long projectId, CancellationToken cancellationToken);
}
