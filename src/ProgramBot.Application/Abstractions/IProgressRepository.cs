using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Abstractions;

public interface IProgressRepository
{
    Task AddAsync(ProgressReport report, CancellationToken cancellationToken);

    /// <summary>Reports on any of the projects after <paramref name="since"/>, newest first; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ProgressReport>> ListSinceAsync(
        long workspaceId, IReadOnlyList<long> projectIds, DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>The newest project-level report (not a task report) of each project given that has one, in one query.</summary>
    Task<IReadOnlyDictionary<long, ProgressReport>> LatestForProjectsAsync(
        long workspaceId, IReadOnlyList<long> projectIds, CancellationToken cancellationToken);

    /// <summary>
    /// The names (by name) of the people with open tasks in any of the projects who have reported no
    /// progress on those projects after <paramref name="since"/>.
    /// </summary>
    Task<IReadOnlyList<string>> ListAssigneesWithoutReportsAsync(
        long workspaceId, IReadOnlyList<long> projectIds, DateTimeOffset since, CancellationToken cancellationToken);
}
