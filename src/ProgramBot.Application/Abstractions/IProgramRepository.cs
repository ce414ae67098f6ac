using ProgramBot.Domain.Common;
using ProgramBot.Domain.Programs;

namespace ProgramBot.Application.Abstractions;

public interface IProgramRepository
{
    Task<Program?> FindByKeyAsync(long workspaceId, EntityKey key, CancellationToken cancellationToken);

    Task<Program?> FindByIdAsync(long workspaceId, long id, CancellationToken cancellationToken);

    /// <summary>Inserts the program and returns it with its id.</summary>
    Task<Program> AddAsync(Program program, CancellationToken cancellationToken);

    Task<IReadOnlyList<Program>> ListAsync(long workspaceId, CancellationToken cancellationToken);
}
