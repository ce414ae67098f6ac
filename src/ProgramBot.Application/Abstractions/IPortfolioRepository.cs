using ProgramBot.Domain.Health;

namespace ProgramBot.Application.Abstractions;

/// <summary>Program membership and stakeholders, RAG overrides, budgets and spend.</summary>
public interface IPortfolioRepository
{
    Task SetProjectProgramAsync(long workspaceId, long projectId, long programId, CancellationToken cancellationToken);

    /// <summary>Replaces the program's stakeholders with <paramref name="memberIds"/>.</summary>
    Task SetStakeholdersAsync(long workspaceId, long programId, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<long>> ListStakeholdersAsync(long workspaceId, long programId, CancellationToken cancellationToken);

    /// <summary>Sets (or replaces) the project's RAG override.</summary>
    Task SetRagOverrideAsync(long workspaceId, long projectId, RagOverride value, CancellationToken cancellationToken);

    Task SetBudgetAsync(long workspaceId, long projectId, long cents, string currency, CancellationToken cancellationToken);

    Task AddSpendAsync(long workspaceId, long projectId, long cents, string note, long spentBy, DateTimeOffset at, CancellationToken cancellationToken);
}
