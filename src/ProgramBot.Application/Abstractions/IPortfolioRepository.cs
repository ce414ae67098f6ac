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

    Task AddLessonAsync(long workspaceId, long projectId, string text, long createdBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The newest lessons of the projects, newest first, at most <paramref name="limit"/>, and how many there are.</summary>
    Task<(IReadOnlyList<Lesson> Lessons, int Total)> ListLessonsAsync(
        long workspaceId, IReadOnlyCollection<long> projectIds, int limit, CancellationToken cancellationToken);
}

/// <summary>A lesson learned, with its project and who wrote it when.</summary>
public sealed record Lesson(string ProjectKey, string Text, string Author, DateTimeOffset At);
