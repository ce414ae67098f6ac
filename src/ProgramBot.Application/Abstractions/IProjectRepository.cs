using ProgramBot.Domain.Common;
using ProgramBot.Domain.Projects;

namespace ProgramBot.Application.Abstractions;

public interface IProjectRepository
{
    Task<Project?> FindByKeyAsync(long workspaceId, EntityKey key, CancellationToken cancellationToken);

    Task<Project?> FindByIdAsync(long workspaceId, long id, CancellationToken cancellationToken);

    /// <summary>Inserts the project and returns it with its id.</summary>
    Task<Project> AddAsync(Project project, CancellationToken cancellationToken);

    Task<IReadOnlyList<Project>> ListAsync(long workspaceId, CancellationToken cancellationToken);

    /// <summary>Takes the next task number of the project (1, 2, 3, …), atomically.</summary>
    Task<int> TakeNextTaskNumberAsync(long workspaceId, long projectId, CancellationToken cancellationToken);
}
